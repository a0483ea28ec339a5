using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using HydraEngine.FixtureBooru.Tests.Support;

namespace HydraEngine.FixtureBooru.Tests.Http;

public sealed class FileTests(SharedBooru booru) : IClassFixture<SharedBooru>
{
    [Fact]
    public async Task A_file_arrives_whole_with_its_length_and_type()
    {
        var post = booru.Server.Site.FindPost(7)!;

        using var response = await booru.Client.GetAsync(post.File.Path);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Convert.ToHexStringLower(SHA256.HashData(bytes)).ShouldBe(post.Sha256);
        Convert.ToHexStringLower(MD5.HashData(bytes)).ShouldBe(post.Md5);
        response.Content.Headers.ContentLength.ShouldBe(post.File.Length);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(post.File.ContentType);
    }

    [Fact]
    public async Task A_range_from_an_offset_answers_206_with_the_rest()
    {
        var file = booru.Server.Site.FindPost(2)!.File;
        using var request = new HttpRequestMessage(HttpMethod.Get, file.Path);
        request.Headers.Range = new RangeHeaderValue(100, null);

        using var response = await booru.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        response.Content.Headers.ContentRange!.ToString().ShouldBe($"bytes 100-{file.Length - 1}/{file.Length}");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(file.Bytes[100..].ToArray());
    }

    [Fact]
    public async Task A_range_past_the_end_is_not_satisfiable()
    {
        var file = booru.Server.Site.FindPost(2)!.File;
        using var request = new HttpRequestMessage(HttpMethod.Get, file.Path);
        request.Headers.Range = new RangeHeaderValue(file.Length, null);

        using var response = await booru.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestedRangeNotSatisfiable);
    }

    [Fact]
    public async Task An_unknown_file_is_not_found()
    {
        using var response = await booru.Client.GetAsync("/files/" + new string('0', 64) + ".png");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
