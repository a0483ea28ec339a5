using System.Security.Cryptography;
using HydraEngine.Network.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Files;

public sealed class DownloadFileTests
{
    private static readonly byte[] Content = RandomNumberGenerator.GetBytes(300_000);

    [Fact]
    public async Task A_file_is_streamed_into_a_part_file_with_its_sha256()
    {
        var folder = TestEngines.TempFolder();
        await using var server = await LoopbackServer.StartAsync(new FileServer(Content, folder).HandleAsync);
        await using var engine = TestEngines.Create(TestEngines.Fast);

        var file = await engine.DownloadFileAsync(new NetworkRequest(server.Url("/f.png"), NetworkJobContext.Adhoc), folder);

        file.TemporaryPath.ShouldStartWith(folder);
        file.TemporaryPath.ShouldEndWith(".part");
        file.Length.ShouldBe(Content.Length);
        file.ContentType.ShouldBe("image/png");
        file.Sha256.ShouldBe(SHA256.HashData(Content));
        (await File.ReadAllBytesAsync(file.TemporaryPath)).ShouldBe(Content);
    }

    [Fact]
    public async Task A_truncated_body_is_resumed_with_a_range_request_when_the_server_allows_it()
    {
        var folder = TestEngines.TempFolder();
        await using var server = await LoopbackServer.StartAsync(new FileServer(Content, folder) { SupportsRange = true, TruncatedAnswers = 1, CutAfter = 100_000 }.HandleAsync);
        await using var engine = TestEngines.Create(TestEngines.Fast);

        var file = await engine.DownloadFileAsync(new NetworkRequest(server.Url("/f.png"), NetworkJobContext.Adhoc), folder);

        server.Requests.Select(request => request.Header("Range")).ShouldBe([null, "bytes=100000-"]);
        (await File.ReadAllBytesAsync(file.TemporaryPath)).ShouldBe(Content);
        file.Sha256.ShouldBe(SHA256.HashData(Content));
    }

    [Fact]
    public async Task A_truncated_body_starts_over_when_the_server_ignores_the_range()
    {
        var folder = TestEngines.TempFolder();
        await using var server = await LoopbackServer.StartAsync(new FileServer(Content, folder) { SupportsRange = false, TruncatedAnswers = 1, CutAfter = 100_000 }.HandleAsync);
        await using var engine = TestEngines.Create(TestEngines.Fast);

        var file = await engine.DownloadFileAsync(new NetworkRequest(server.Url("/f.png"), NetworkJobContext.Adhoc), folder);

        server.Requests.Count.ShouldBe(2);
        server.Requests.Last().Header("Range").ShouldBe("bytes=100000-");
        file.Length.ShouldBe(Content.Length);
        (await File.ReadAllBytesAsync(file.TemporaryPath)).ShouldBe(Content);
    }

    [Fact]
    public async Task A_body_always_shorter_than_its_content_length_fails_as_truncated_and_leaves_no_file()
    {
        var folder = TestEngines.TempFolder();
        var server = new FileServer(Content.AsSpan(0, 500).ToArray(), folder) { DeclaredLength = 1000, TruncatedAnswers = int.MaxValue, CutAfter = 500, WaitForEngine = false };
        await using var loopback = await LoopbackServer.StartAsync(server.HandleAsync);
        await using var engine = TestEngines.Create(TestEngines.Fast with { MaxAttempts = 3 });

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.DownloadFileAsync(new NetworkRequest(loopback.Url("/f.png"), NetworkJobContext.Adhoc), folder));

        failure.Failure.ShouldBe(NetworkFailure.Truncated, failure.Message);
        failure.Message.ShouldContain("3 attempts");
        Directory.EnumerateFiles(folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_hash_the_page_gave_is_checked()
    {
        var folder = TestEngines.TempFolder();
        await using var server = await LoopbackServer.StartAsync(new FileServer(Content, folder).HandleAsync);
        await using var engine = TestEngines.Create(TestEngines.Fast);
        var expected = new ExpectedHashes(new Dictionary<string, string>
        {
            ["md5"] = Convert.ToHexString(MD5.HashData(Content)),
            ["sha1"] = Convert.ToHexStringLower(SHA1.HashData(Content)),
            ["sha512"] = Convert.ToHexStringLower(SHA512.HashData(Content)),
        });

        var file = await engine.DownloadFileAsync(new NetworkRequest(server.Url("/f.png"), NetworkJobContext.Adhoc), folder, expected);

        File.Exists(file.TemporaryPath).ShouldBeTrue();
    }

    [Fact]
    public async Task A_hash_mismatch_fails_and_deletes_the_part_file()
    {
        var folder = TestEngines.TempFolder();
        await using var server = await LoopbackServer.StartAsync(new FileServer(Content, folder).HandleAsync);
        await using var engine = TestEngines.Create(TestEngines.Fast);
        var expected = new ExpectedHashes(new Dictionary<string, string> { ["sha256"] = new string('0', 64) });

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.DownloadFileAsync(new NetworkRequest(server.Url("/f.png"), NetworkJobContext.Adhoc), folder, expected));

        failure.Failure.ShouldBe(NetworkFailure.HashMismatch);
        failure.Message.ShouldContain(Convert.ToHexStringLower(SHA256.HashData(Content)));
        server.Requests.Count.ShouldBe(1);
        Directory.EnumerateFiles(folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task Cancelling_a_download_leaves_no_part_file()
    {
        var folder = TestEngines.TempFolder();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentLength = Content.Length;
            await context.Response.Body.WriteAsync(Content.AsMemory(0, 1000));
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        await using var engine = TestEngines.Create(TestEngines.Fast);
        using var cancellation = new CancellationTokenSource();

        var download = engine.DownloadFileAsync(new NetworkRequest(server.Url("/f.png"), NetworkJobContext.Adhoc), folder, null, cancellation.Token);
        await PartFiles.WaitForLengthAsync(folder, 1000);
        await cancellation.CancelAsync();
        var thrown = await Record.ExceptionAsync(() => download);

        thrown.ShouldBeAssignableTo<OperationCanceledException>();
        Directory.EnumerateFiles(folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_over_the_size_cap_fails_as_too_large_and_leaves_no_file()
    {
        var folder = TestEngines.TempFolder();
        await using var server = await LoopbackServer.StartAsync(new FileServer(Content, folder).HandleAsync);
        await using var engine = TestEngines.Create(TestEngines.Fast with { MaxFileBytes = 1000 });

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.DownloadFileAsync(new NetworkRequest(server.Url("/f.png"), NetworkJobContext.Adhoc), folder));

        failure.Failure.ShouldBe(NetworkFailure.TooLarge);
        Directory.EnumerateFiles(folder).ShouldBeEmpty();
    }
}
