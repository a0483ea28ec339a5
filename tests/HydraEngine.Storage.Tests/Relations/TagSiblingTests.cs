using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Relations;

public sealed class TagSiblingTests
{
    [Fact]
    public void Given_a_sibling_chain_then_every_tag_resolves_to_the_ideal()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("samus", "samus aran");
        temp.Store.AddSibling("samus aran", "character:samus aran");

        temp.Store.Siblings().ShouldAllBe(sibling => sibling.IdealTag == "character:samus aran");
        temp.Store.DisplayOf("samus").ShouldBe(["character:samus aran"]);
    }

    [Fact]
    public void Given_a_sibling_then_a_file_shows_the_ideal_but_stores_what_was_given()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("lotr", "series:the lord of the rings");
        var hash = temp.ImportPng(new ImportOptions { Tags = ["lotr"] });

        var tags = temp.Store.TagsOf(hash).Single();

        tags.StorageTags.ShouldBe(["lotr"]);
        tags.DisplayTags.ShouldBe(["series:the lord of the rings"]);
    }

    [Fact]
    public void Given_a_sibling_that_closes_a_loop_then_it_is_refused_with_the_path()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("a", "b");
        temp.Store.AddSibling("b", "c");

        var error = Should.Throw<StoreException>(() => temp.Store.AddSibling("c", "a"));

        error.Message.ShouldBe("the sibling 'c' → 'a' would make a sibling loop: 'a' → 'b' → 'c' → 'a'; not added");
        temp.Store.Siblings().Count.ShouldBe(2);
    }

    [Fact]
    public void Given_a_tag_with_a_sibling_when_given_another_then_it_is_refused()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("a", "b");

        Should.Throw<StoreException>(() => temp.Store.AddSibling("a", "c")).Message.ShouldContain("already has the sibling 'b'");
    }

    [Fact]
    public void Given_a_tag_as_its_own_sibling_then_it_is_refused()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.AddSibling("Same", "same ")).Message.ShouldContain("cannot be its own sibling");
    }

    [Fact]
    public void Given_siblings_in_one_service_then_another_service_is_unaffected()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("lotr", "series:the lord of the rings", ServiceCatalog.MyTags);

        temp.Store.DisplayOf("lotr", ServiceCatalog.DownloaderTags).ShouldBe(["lotr"]);
    }

    [Fact]
    public void Given_a_removed_sibling_then_the_tag_displays_as_itself()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("a", "b");

        temp.Store.RemoveSibling("a", "b").ShouldBeTrue();

        temp.Store.DisplayOf("a").ShouldBe(["a"]);
    }
}
