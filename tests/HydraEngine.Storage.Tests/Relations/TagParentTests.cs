using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Relations;

public sealed class TagParentTests
{
    [Fact]
    public void Given_parents_then_a_file_displays_every_implied_ancestor()
    {
        using var temp = new TempStore();
        temp.Store.AddParent("character:samus aran", "series:metroid");
        temp.Store.AddParent("series:metroid", "studio:nintendo");
        var hash = temp.ImportPng(new ImportOptions { Tags = ["character:samus aran"] });

        temp.Store.TagsOf(hash).Single().DisplayTags.ShouldBe(["character:samus aran", "series:metroid", "studio:nintendo"]);
    }

    [Fact]
    public void Given_a_parent_on_a_sibling_then_it_applies_to_the_ideal_tag()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("samus", "character:samus aran");
        temp.Store.AddParent("samus", "series:metroid");
        var hash = temp.ImportPng(new ImportOptions { Tags = ["character:samus aran"] });

        temp.Store.TagsOf(hash).Single().DisplayTags.ShouldBe(["character:samus aran", "series:metroid"]);
    }

    [Fact]
    public void Given_a_parent_that_closes_a_loop_then_it_is_refused_with_the_path()
    {
        using var temp = new TempStore();
        temp.Store.AddParent("a", "b");
        temp.Store.AddParent("b", "c");

        Should.Throw<StoreException>(() => temp.Store.AddParent("c", "a"))
            .Message.ShouldBe("the parent 'c' → 'a' would make a parent loop: 'a' → 'b' → 'c' → 'a'; not added");
    }

    [Fact]
    public void Given_a_sibling_that_would_make_a_parent_loop_then_it_is_refused()
    {
        using var temp = new TempStore();
        temp.Store.AddParent("a", "b");
        temp.Store.AddParent("b", "c");

        Should.Throw<StoreException>(() => temp.Store.AddSibling("c", "a")).Message.ShouldContain("parent loop");
    }

    [Fact]
    public void Given_a_tag_and_its_sibling_when_made_parent_and_child_then_it_is_refused()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("a", "b");

        Should.Throw<StoreException>(() => temp.Store.AddParent("a", "b")).Message.ShouldContain("cannot be its own parent");
    }

    [Fact]
    public void Given_parents_then_they_are_listed_human_sorted()
    {
        using var temp = new TempStore();
        temp.Store.AddParent("page:10", "paged");
        temp.Store.AddParent("page:2", "paged");

        temp.Store.Parents().Select(parent => parent.ChildTag).ShouldBe(["page:2", "page:10"]);
    }
}
