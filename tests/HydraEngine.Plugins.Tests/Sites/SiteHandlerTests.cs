using System.Security.Cryptography;
using System.Text;
using HydraEngine.Plugins.Tests.Support;

namespace HydraEngine.Plugins.Tests.Sites;

/// <summary>Site handlers: plugin code that fetches and parses URLs of a URL class through the host's HTTP.</summary>
public sealed class SiteHandlerTests : IDisposable
{
    private const string ApiGallery = "fixture booru api gallery";
    private const string Url = "https://fixture.test/api/posts?page=1";
    private readonly PluginSandbox sandbox = new(BuiltPlugins.SignedApi, "Misbehaving.ReturnsNull");

    [Fact]
    public void The_handled_url_classes_are_listed()
    {
        sandbox.Load().Sites.UrlClasses.ShouldBe([ApiGallery, "null site"]);
    }

    [Fact]
    public async Task The_signed_api_handler_finds_files_tags_and_the_next_page()
    {
        var result = await sandbox.Load().Sites.FetchAsync(ApiGallery, Url, FakeHttp.FixtureApi());

        result.FileUrls.ShouldBe(["https://files.fixture.test/201.webm", "https://files.fixture.test/203.jpg"]);
        result.Tags.ShouldBe(["Z1", "blue_eyes", "creator:carol", "creator:dave", "smile", "z10", "z9"]);
        result.NextPageUrls.ShouldBe(["https://fixture.test/api/posts?page=2"]);
    }

    [Fact]
    public async Task The_signed_api_handler_signs_its_request()
    {
        var http = FakeHttp.FixtureApi();

        await sandbox.Load().Sites.FetchAsync(ApiGallery, Url, http);

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData("fixture-booru-key"u8.ToArray(), Encoding.UTF8.GetBytes("/api/posts?page=1")));
        http.Requests.ShouldHaveSingleItem().Headers["X-Signature"].ShouldBe(expected);
    }

    [Fact]
    public async Task A_network_failure_does_not_disable_the_handler()
    {
        var host = sandbox.Load();

        var error = await Should.ThrowAsync<PluginException>(() => host.Sites.FetchAsync(ApiGallery, Url, FakeHttp.Failing()));

        (error.PluginDisabled, host.Find(BuiltPlugins.SignedApi)!.State).ShouldBe((false, PluginState.Enabled));
    }

    [Fact]
    public async Task An_error_status_is_reported_as_the_handlers_input_problem()
    {
        var host = sandbox.Load();

        var error = await Should.ThrowAsync<PluginException>(() => host.Sites.FetchAsync(ApiGallery, Url, FakeHttp.Status(503)));

        (error.Message, error.PluginDisabled).ShouldBe(("HydraEngine.Samples.SignedApi: the API answered 503 for https://fixture.test/api/posts?page=1.", false));
    }

    [Fact]
    public async Task A_url_class_no_plugin_handles_is_reported()
    {
        var error = await Should.ThrowAsync<PluginException>(() => sandbox.Load().Sites.FetchAsync("unknown class", Url, FakeHttp.FixtureApi()));

        error.Message.ShouldBe("no enabled plugin handles the URL class \"unknown class\".");
    }

    [Fact]
    public async Task A_handler_that_returns_null_is_disabled()
    {
        var host = sandbox.Load();

        await Should.ThrowAsync<PluginException>(() => host.Sites.FetchAsync("null site", Url, FakeHttp.FixtureApi()));

        host.Find("Misbehaving.ReturnsNull")!.Error.ShouldBe("the site handler for \"null site\" returned null instead of a result");
    }

    public void Dispose() => sandbox.Dispose();
}
