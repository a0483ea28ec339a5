using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Relations;

public sealed class TagSiblingTests
{
    [Fact]
    public void GivenASiblingChain_ThenEveryTagResolvesToTheIdeal()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("samus", "samus aran");
        temp.Store.AddSibling("samus aran", "character:samus aran");

        temp.Store.Siblings().ShouldAllBe(sibling => sibling.IdealTag == "character:samus aran");
        temp.Store.DisplayOf("samus").ShouldBe(["character:samus aran"]);
    }

    [Fact]
    public void GivenASibling_ThenAFileShowsTheIdealButStoresWhatWasGiven()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("lotr", "series:the lord of the rings");
        var hash = temp.ImportPng(new ImportOptions { Tags = ["lotr"] });

        var tags = temp.Store.TagsOf(hash).Single();

        tags.StorageTags.ShouldBe(["lotr"]);
        tags.DisplayTags.ShouldBe(["series:the lord of the rings"]);
    }

    [Fact]
    public void GivenASiblingThatClosesALoop_ThenItIsRefusedWithThePath()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("a", "b");
        temp.Store.AddSibling("b", "c");

        var error = Should.Throw<StoreException>(() => temp.Store.AddSibling("c", "a"));

        error.Message.ShouldBe("the sibling 'c' → 'a' would make a sibling loop: 'a' → 'b' → 'c' → 'a'; not added");
        temp.Store.Siblings().Count.ShouldBe(2);
    }

    [Fact]
    public void GivenATagWithASibling_WhenGivenAnother_ThenItIsRefused()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("a", "b");

        Should.Throw<StoreException>(() => temp.Store.AddSibling("a", "c")).Message.ShouldContain("already has the sibling 'b'");
    }

    [Fact]
    public void GivenATagAsItsOwnSibling_ThenItIsRefused()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.AddSibling("Same", "same ")).Message.ShouldContain("cannot be its own sibling");
    }

    [Fact]
    public void GivenSiblingsInOneService_ThenAnotherServiceIsUnaffected()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("lotr", "series:the lord of the rings", ServiceCatalog.MyTags);

        temp.Store.DisplayOf("lotr", ServiceCatalog.DownloaderTags).ShouldBe(["lotr"]);
    }

    [Fact]
    public void GivenARemovedSibling_ThenTheTagDisplaysAsItself()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("a", "b");

        temp.Store.RemoveSibling("a", "b").ShouldBeTrue();

        temp.Store.DisplayOf("a").ShouldBe(["a"]);
    }
}
