using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Relations;

public sealed class TagParentTests
{
    [Fact]
    public void GivenParents_ThenAFileDisplaysEveryImpliedAncestor()
    {
        using var temp = new TempStore();
        temp.Store.AddParent("character:samus aran", "series:metroid");
        temp.Store.AddParent("series:metroid", "studio:nintendo");
        var hash = temp.ImportPng(new ImportOptions { Tags = ["character:samus aran"] });

        temp.Store.TagsOf(hash).Single().DisplayTags.ShouldBe(["character:samus aran", "series:metroid", "studio:nintendo"]);
    }

    [Fact]
    public void GivenAParentOnASibling_ThenItAppliesToTheIdealTag()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("samus", "character:samus aran");
        temp.Store.AddParent("samus", "series:metroid");
        var hash = temp.ImportPng(new ImportOptions { Tags = ["character:samus aran"] });

        temp.Store.TagsOf(hash).Single().DisplayTags.ShouldBe(["character:samus aran", "series:metroid"]);
    }

    [Fact]
    public void GivenAParentThatClosesALoop_ThenItIsRefusedWithThePath()
    {
        using var temp = new TempStore();
        temp.Store.AddParent("a", "b");
        temp.Store.AddParent("b", "c");

        Should.Throw<StoreException>(() => temp.Store.AddParent("c", "a"))
            .Message.ShouldBe("the parent 'c' → 'a' would make a parent loop: 'a' → 'b' → 'c' → 'a'; not added");
    }

    [Fact]
    public void GivenASiblingThatWouldMakeAParentLoop_ThenItIsRefused()
    {
        using var temp = new TempStore();
        temp.Store.AddParent("a", "b");
        temp.Store.AddParent("b", "c");

        Should.Throw<StoreException>(() => temp.Store.AddSibling("c", "a")).Message.ShouldContain("parent loop");
    }

    [Fact]
    public void GivenATagAndItsSibling_WhenMadeParentAndChild_ThenItIsRefused()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("a", "b");

        Should.Throw<StoreException>(() => temp.Store.AddParent("a", "b")).Message.ShouldContain("cannot be its own parent");
    }

    [Fact]
    public void GivenParents_ThenTheyAreListedHumanSorted()
    {
        using var temp = new TempStore();
        temp.Store.AddParent("page:10", "paged");
        temp.Store.AddParent("page:2", "paged");

        temp.Store.Parents().Select(parent => parent.ChildTag).ShouldBe(["page:2", "page:10"]);
    }
}
