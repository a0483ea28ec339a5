using System.Security.Cryptography;
using HydraEngine.Network.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Limits;

/// <summary>Issue 19: page and file size limits per domain (`hydra limits`), over the engine's defaults.</summary>
public sealed class SizeLimitTests
{
    [Fact]
    public async Task A_page_over_its_domain_limit_fails_as_too_large_saying_how_to_change_it()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(new string('x', 5000)));
        await using var engine = TestEngines.Create(TestEngines.Fast);
        engine.Limits.Set("127.0.0.1", 1000, null);

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.FetchPageAsync(new NetworkRequest(server.Url("/big"), NetworkJobContext.Adhoc)));

        failure.Failure.ShouldBe(NetworkFailure.TooLarge);
        failure.Message.ShouldContain("`hydra limits set`");
    }

    [Fact]
    public async Task Another_domain_limit_leaves_this_domain_on_the_default()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(new string('x', 5000)));
        await using var engine = TestEngines.Create(TestEngines.Fast);
        engine.Limits.Set("example.com", 1000, 1000);

        var page = await engine.FetchPageAsync(new NetworkRequest(server.Url("/big"), NetworkJobContext.Adhoc));

        page.Body.Length.ShouldBe(5000);
    }

    [Fact]
    public async Task A_file_over_its_domain_limit_fails_and_leaves_no_file()
    {
        var folder = TestEngines.TempFolder();
        await using var server = await LoopbackServer.StartAsync(new FileServer(RandomNumberGenerator.GetBytes(50_000), folder).HandleAsync);
        await using var engine = TestEngines.Create(TestEngines.Fast);
        engine.Limits.Set("127.0.0.1", null, 10_000);

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.DownloadFileAsync(new NetworkRequest(server.Url("/f.png"), NetworkJobContext.Adhoc), folder));

        failure.Failure.ShouldBe(NetworkFailure.TooLarge);
        Directory.EnumerateFiles(folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_subdomain_takes_its_parent_domain_limit()
    {
        await using var engine = TestEngines.Create(TestEngines.Fast);
        engine.Limits.Set("example.com", 1234, null);

        engine.Limits.MaxPageBytesFor(new Uri("https://img.cdn.example.com/a")).ShouldBe(1234);
    }

    [Fact]
    public async Task A_domain_that_only_ends_like_another_does_not_take_its_limit()
    {
        await using var engine = TestEngines.Create(TestEngines.Fast);
        engine.Limits.Set("example.com", 1234, null);

        engine.Limits.MaxPageBytesFor(new Uri("https://notexample.com/a")).ShouldBe(TestEngines.Fast.MaxPageBytes);
    }

    [Fact]
    public async Task The_user_default_applies_where_no_domain_has_its_own()
    {
        await using var engine = TestEngines.Create(TestEngines.Fast);
        engine.Limits.Set(HydraEngine.Network.Limits.SizeLimits.Default, null, 777);
        engine.Limits.Set("example.com", 100, null);

        (engine.Limits.MaxFileBytesFor(new Uri("https://example.com/")), engine.Limits.MaxPageBytesFor(new Uri("https://example.com/"))).ShouldBe((777L, 100L));
    }

    [Fact]
    public async Task Limits_are_kept_in_the_state_database_for_the_next_engine()
    {
        var state = Path.Combine(TestEngines.TempFolder(), "state.db");
        await using (var first = TestEngines.Create(TestEngines.Fast with { StatePath = state }))
        {
            first.Limits.Set("example.com", 4096, 8192);
        }

        await using var second = TestEngines.Create(TestEngines.Fast with { StatePath = state });

        second.Limits.All().ShouldHaveSingleItem().ShouldBe(new HydraEngine.Network.Limits.DomainSizeLimit("example.com", 4096, 8192));
    }

    [Fact]
    public async Task A_limit_under_one_byte_is_refused()
    {
        await using var engine = TestEngines.Create(TestEngines.Fast);

        Should.Throw<ArgumentException>(() => engine.Limits.Set("example.com", 0, null)).Message.ShouldContain("at least 1 byte");
    }
}
