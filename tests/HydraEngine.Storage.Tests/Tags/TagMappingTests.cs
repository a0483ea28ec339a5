using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Tags;

public sealed class TagMappingTests
{
    [Fact]
    public void GivenRawTags_WhenAdded_ThenTheyAreStoredCleanedAsHydrusCleansThem()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.AddTags([hash], ["  Blue   EYES ", "Character:Samus Aran", "-solo"]);

        temp.Store.TagsOf(hash).Single().StorageTags.ShouldBe(["blue eyes", "character:samus aran", "solo"]);
    }

    [Fact]
    public void GivenPageTags_ThenTheyAreHumanSorted()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.AddTags([hash], ["page:10", "page:2", "page:1"]);

        temp.Store.TagsOf(hash).Single().StorageTags.ShouldBe(["page:1", "page:2", "page:10"]);
    }

    [Theory]
    [InlineData(" \t ")]
    [InlineData(":")]
    public void GivenAnEmptyTag_WhenAdded_ThenTheErrorNamesItAndNothingIsAdded(string tag)
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        Should.Throw<StoreException>(() => temp.Store.AddTags([hash], ["good", tag])).Message.ShouldContain("is empty once cleaned");
        temp.Store.TagsOf(hash).ShouldBeEmpty();
    }

    [Fact]
    public void GivenTagsInTwoServices_ThenEachServiceKeepsOnlyItsOwn()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.AddTags([hash], ["mine"], ServiceCatalog.MyTags);
        temp.Store.AddTags([hash], ["from the web"], ServiceCatalog.DownloaderTags);

        var tags = temp.Store.TagsOf(hash).ToDictionary(service => service.Service, service => service.StorageTags);
        tags[ServiceCatalog.MyTags].ShouldBe(["mine"]);
        tags[ServiceCatalog.DownloaderTags].ShouldBe(["from the web"]);
    }

    [Fact]
    public void GivenAUserTagService_WhenTagsAreAddedToIt_ThenTheyAreThere()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        temp.Store.AddTagService("ratings");

        temp.Store.AddTags([hash], ["five stars"], "ratings");

        temp.Store.TagsOf(hash).Single().Service.ShouldBe("ratings");
    }

    [Fact]
    public void GivenAnUnknownTagService_ThenTheErrorListsTheKnownOnes()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.AddTags([temp.ImportPng()], ["x"], "nope"))
            .Message.ShouldBe("there is no tag service named 'nope'; known: 'my tags', 'downloader tags'");
    }

    [Fact]
    public void GivenATag_WhenRemoved_ThenOnlyThatServiceLosesIt()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        temp.Store.AddTags([hash], ["shared"], ServiceCatalog.MyTags);
        temp.Store.AddTags([hash], ["shared"], ServiceCatalog.DownloaderTags);

        temp.Store.RemoveTags([hash], ["shared"], ServiceCatalog.MyTags).ShouldBe(1);

        temp.Store.TagsOf(hash).Single().Service.ShouldBe(ServiceCatalog.DownloaderTags);
    }

    [Fact]
    public void GivenAHashNotYetImported_WhenTagged_ThenTheTagsWaitForTheImport()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = FileHash.Of(File.ReadAllBytes(source));

        temp.Store.AddTags([hash], ["pre-tagged"]);
        temp.Store.GetFile(hash)!.Status.ShouldBe(FileStatus.NotInStore);
        temp.Store.Import(source);

        temp.Store.GetFile(hash)!.AllDisplayTags.ShouldBe(["pre-tagged"]);
    }

    [Fact]
    public void GivenMappingsAddedTwice_ThenTheyAreCountedOnce()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.AddTags([hash], ["once"]).ShouldBe(1);
        temp.Store.AddTags([hash], ["once"]).ShouldBe(0);
    }
}
