using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Search;

public sealed class SiblingParentSearchTests
{
    [Fact]
    public void GivenASibling_WhenSearchingTheIdeal_ThenFilesWithTheBadTagMatch()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["samus"] });
        temp.Store.AddSibling("samus", "character:samus aran");

        temp.Store.Search("character:samus aran").Hashes.ShouldBe([hash]);
    }

    [Fact]
    public void GivenASiblingChain_WhenSearchingAnyMember_ThenEveryMembersFilesMatch()
    {
        using var temp = new TempStore();
        var first = temp.ImportPng(new ImportOptions { Tags = ["a"] });
        var second = temp.ImportPng(new ImportOptions { Tags = ["b"] });
        var third = temp.ImportPng(new ImportOptions { Tags = ["c"] });
        temp.Store.AddSibling("a", "b");
        temp.Store.AddSibling("b", "c");

        temp.Store.Search("a").Hashes.ShouldBe([first, second, third], ignoreOrder: true);
    }

    [Fact]
    public void GivenAParent_WhenSearchingIt_ThenFilesWithOnlyTheChildMatch()
    {
        using var temp = new TempStore();
        var child = temp.ImportPng(new ImportOptions { Tags = ["character:samus aran"] });
        var parentOnly = temp.ImportPng(new ImportOptions { Tags = ["series:metroid"] });
        temp.Store.AddParent("character:samus aran", "series:metroid");

        temp.Store.Search("series:metroid").Hashes.ShouldBe([child, parentOnly], ignoreOrder: true);
    }

    [Fact]
    public void GivenAGrandparentThroughASibling_WhenSearchingIt_ThenTheBadSiblingsFileMatches()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["samus"] });
        temp.Store.AddSibling("samus", "character:samus aran");
        temp.Store.AddParent("character:samus aran", "series:metroid");
        temp.Store.AddParent("series:metroid", "studio:nintendo");

        temp.Store.Search("studio:nintendo").Hashes.ShouldBe([hash]);
    }

    [Fact]
    public void GivenAParent_WhenExcludingIt_ThenChildFilesAreExcludedToo()
    {
        using var temp = new TempStore();
        temp.ImportPng(new ImportOptions { Tags = ["character:samus aran"] });
        var other = temp.ImportPng(new ImportOptions { Tags = ["other"] });
        temp.Store.AddParent("character:samus aran", "series:metroid");

        temp.Store.Search("-series:metroid").Hashes.ShouldBe([other]);
    }

    [Fact]
    public void GivenRelationsInOneService_ThenSearchInAnotherIgnoresThem()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["samus"], TagService = ServiceCatalog.DownloaderTags });
        temp.Store.AddSibling("samus", "character:samus aran", ServiceCatalog.MyTags);

        temp.Store.Search("character:samus aran").Hashes.ShouldBeEmpty();
        temp.Store.Search("samus").Hashes.ShouldBe([hash]);
    }

    [Fact]
    public void GivenParentsOnANamespace_WhenSearchingNamespaceStar_ThenImpliedTagsCount()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["character:samus aran"] });
        temp.Store.AddParent("character:samus aran", "series:metroid");

        temp.Store.Search("series:*").Hashes.ShouldBe([hash]);
    }
}
