using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.FixtureBooru;

namespace HydraEngine.Downloading.Tests.Galleries;

/// <summary>A booru that answers 403 without a session: the login script's cookie opens it.</summary>
public sealed class LoginRequiredTests
{
    private const string Gug = "fixture booru tag search";

    [Fact]
    public async Task Without_a_login_the_gallery_page_is_refused_and_nothing_is_stored()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 4 });
        harness.Booru.Faults.RequireLogin = true;
        var download = harness.Engine!.AddGalleryDownload(Gug, "");
        await harness.RunUntilIdleAsync();
        harness.Store.Search("system:everything").Count.ShouldBe(0);
        harness.Engine.GalleryLog(download.GalleryLogId)[0].Status.ShouldBe(SeedStatus.Vetoed);
    }

    [Fact]
    public async Task After_the_login_script_runs_the_gallery_downloads()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 4 });
        harness.Booru.Faults.RequireLogin = true;
        var script = harness.Library.Downloaders().LoginScripts.Single();
        await harness.Network!.LoginAsync(script, harness.Booru.Domain, new Dictionary<string, string> { ["username"] = "fixture", ["password"] = "hunter2" });
        harness.Network.IsLoggedIn(script, harness.Booru.Domain).ShouldBeTrue();
        harness.Engine!.AddGalleryDownload(Gug, "");
        await harness.RunUntilIdleAsync();
        harness.Store.Search("system:everything").Count.ShouldBe(4);
    }
}
