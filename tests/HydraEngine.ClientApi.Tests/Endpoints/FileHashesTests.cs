using System.Net;
using System.Security.Cryptography;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary><c>/get_files/file_hashes</c>: SHA-256, MD5, SHA-1 and SHA-512 translated into each other for stored files.</summary>
public sealed class FileHashesTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private FileHash hash;
    private byte[] bytes = [];

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.SearchFiles);
        var path = TestImages.Png(host.Folder, 16, 16, 70);
        bytes = await File.ReadAllBytesAsync(path);
        hash = host.Store.Import(path).Hash;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Sha256_translates_to_md5()
    {
        using var response = await host.GetAsync($"/get_files/file_hashes?hash={hash.ToHex()}&desired_hash_type=md5", key);

        var hashes = (await ApiHost.JsonOf(response))["hashes"]!.AsObject();
        hashes[hash.ToHex()]!.GetValue<string>().ShouldBe(Convert.ToHexStringLower(MD5.HashData(bytes)));
    }

    [Fact]
    public async Task Sha1_translates_back_to_sha256()
    {
        var sha1 = Convert.ToHexStringLower(SHA1.HashData(bytes));

        using var response = await host.GetAsync($"/get_files/file_hashes?hashes=[\"{sha1}\"]&source_hash_type=sha1&desired_hash_type=sha256", key);

        (await ApiHost.JsonOf(response))["hashes"]![sha1]!.GetValue<string>().ShouldBe(hash.ToHex());
    }

    [Fact]
    public async Task Unknown_hashes_are_left_out()
    {
        using var response = await host.GetAsync($"/get_files/file_hashes?hash={new string('d', 64)}&desired_hash_type=sha512", key);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.JsonOf(response))["hashes"]!.AsObject().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("&desired_hash_type=crc32", "desired_hash_type")]
    [InlineData("&desired_hash_type=md5&source_hash_type=whirlpool", "source_hash_type")]
    [InlineData("", "desired_hash_type")]
    public async Task Unsupported_or_missing_hash_types_are_400(string query, string mentioned)
    {
        using var response = await host.GetAsync($"/get_files/file_hashes?hash={hash.ToHex()}{query}", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain(mentioned);
    }

    [Fact]
    public async Task A_hash_of_the_wrong_length_is_400()
    {
        using var response = await host.GetAsync("/get_files/file_hashes?hash=abcd&source_hash_type=md5&desired_hash_type=sha256", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task No_hash_is_400()
    {
        using var response = await host.GetAsync("/get_files/file_hashes?desired_hash_type=md5", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
