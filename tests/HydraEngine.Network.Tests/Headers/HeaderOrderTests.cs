using HydraEngine.Model.Network;
using HydraEngine.Network.Headers;
using HydraEngine.Network.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Headers;

public sealed class HeaderOrderTests
{
    [Fact]
    public async Task Hydrus_default_headers_are_sent_when_nothing_overrides_them()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("ok"));
        await using var engine = TestEngines.Create(TestEngines.Fast);

        await engine.FetchPageAsync(new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc));

        var seen = server.Requests.Single();
        seen.Header("User-Agent").ShouldBe("Mozilla/5.0 (compatible; Hydrus Client)");
        seen.Header("Accept").ShouldBe("image/jpeg,image/png,image/*;q=0.9,*/*;q=0.8");
        seen.Header("Cache-Control").ShouldBe("no-transform");
    }

    [Fact]
    public async Task Domain_url_class_referer_and_extra_headers_override_in_hydrus_order()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("ok"));
        var metadata = new DomainMetadataPackage(
            server.Domain,
            [new CustomHeader("User-Agent", "domain agent", ""), new CustomHeader("X-Site", "domain", ""), new CustomHeader("Referer", "domain referer", "")],
            null);
        await using var engine = TestEngines.Create(TestEngines.Fast, null, metadata);
        var request = new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc)
        {
            UrlClassHeaders = new Dictionary<string, string> { ["X-Site"] = "url class", ["X-Class"] = "url class" },
            Referral = "https://example.com/post/1",
            ExtraHeaders = new Dictionary<string, string> { ["x-class"] = "extra" },
        };

        await engine.FetchPageAsync(request);

        var seen = server.Requests.Single();
        seen.Header("User-Agent").ShouldBe("domain agent");
        seen.Header("Accept").ShouldBe("image/jpeg,image/png,image/*;q=0.9,*/*;q=0.8");
        seen.Header("X-Site").ShouldBe("url class");
        seen.Header("Referer").ShouldBe("https://example.com/post/1");
        seen.Header("X-Class").ShouldBe("extra");
    }

    [Fact]
    public async Task A_referrer_beyond_latin_1_is_sent_percent_encoded()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("ok"));
        await using var engine = TestEngines.Create(TestEngines.Fast);

        await engine.FetchPageAsync(new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc) { Referral = "https://example.com/tag/é猫" });

        server.Requests.Single().Header("Referer").ShouldBe("https://example.com/tag/é%E7%8C%AB");
    }

    [Fact]
    public void A_parent_domain_header_wins_over_a_subdomain_header_and_www_is_ignored()
    {
        var composer = new HeaderComposer(
            [],
            [
                new DomainMetadataPackage("img.example.com", [new CustomHeader("X-Site", "subdomain", ""), new CustomHeader("X-Sub", "subdomain", "")], null),
                new DomainMetadataPackage("example.com", [new CustomHeader("X-Site", "parent", "")], null),
                new DomainMetadataPackage("other.com", [new CustomHeader("X-Other", "other", "")], null),
            ]);

        var headers = composer.Compose(new Uri("https://www.img.example.com/a"), new NetworkRequest(new Uri("https://www.img.example.com/a"), NetworkJobContext.Adhoc));

        headers.ShouldBe([new("X-Site", "parent"), new("X-Sub", "subdomain")]);
    }
}
