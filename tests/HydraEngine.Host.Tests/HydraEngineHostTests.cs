using HydraEngine.Host.Tests.Support;
using HydraEngine.Storage.Search;
using HydraEngine.Testing;

namespace HydraEngine.Host.Tests;

public sealed class HydraEngineHostTests
{
    [Fact]
    public async Task GivenAnEmptyFolder_WhenAnEngineOpens_ThenStoreLibraryNetworkAndDownloadsShareItsOneDatabase()
    {
        using var folder = new TemporaryFolder();
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(folder.File("hydra.db")));

        engine.Store.Location.DatabasePath.ShouldBe(folder.File("hydra.db"));
        engine.Library.List().ShouldBeEmpty();
        engine.Downloads.Status().Jobs.ShouldBeEmpty();
        engine.Plugins.ShouldBeNull();
        Directory.EnumerateFiles(folder.Path, "*.db").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task GivenTwoStores_WhenTwoEnginesImportInOneProcess_ThenEachHoldsOnlyItsOwnFile()
    {
        using var folder = new TemporaryFolder();
        await using var first = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(folder.File("one/hydra.db")));
        await using var second = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(folder.File("two/hydra.db")));
        var images = ReleaseStore.SomeFiles(2);

        first.ImportFiles([images[0]]).ShouldHaveSingleItem().Attempt.Result.ShouldNotBeNull();
        second.ImportFiles([images[1]]).ShouldHaveSingleItem().Attempt.Result.ShouldNotBeNull();

        first.Store.Search(QueryParser.Parse("system:everything")).Hashes.ShouldHaveSingleItem();
        second.Store.Search(QueryParser.Parse("system:everything")).Hashes.ShouldHaveSingleItem()
            .ShouldNotBe(first.Store.Search(QueryParser.Parse("system:everything")).Hashes[0]);
    }

    [Fact]
    public async Task GivenAStoreWrittenByTheLastRelease_WhenAnEngineOpensIt_ThenItsFilesDownloadersAndJobsAreAllThere()
    {
        using var release = new ReleaseStore();
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(release.DatabasePath));

        engine.Store.Search(QueryParser.Parse("system:everything")).Hashes.Count.ShouldBe(ReleaseStore.Files);
        engine.Library.List().ShouldNotBeEmpty();
        engine.Downloads.Status().Jobs.ShouldNotBeEmpty();
    }
}
