using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Search;

public sealed class SiblingParentSearchTests
{
    [Fact]
    public void Given_a_sibling_when_searching_the_ideal_then_files_with_the_bad_tag_match()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["samus"] });
        temp.Store.AddSibling("samus", "character:samus aran");

        temp.Store.Search("character:samus aran").Hashes.ShouldBe([hash]);
    }

    [Fact]
    public void Given_a_sibling_chain_when_searching_any_member_then_every_members_files_match()
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
    public void Given_a_parent_when_searching_it_then_files_with_only_the_child_match()
    {
        using var temp = new TempStore();
        var child = temp.ImportPng(new ImportOptions { Tags = ["character:samus aran"] });
        var parentOnly = temp.ImportPng(new ImportOptions { Tags = ["series:metroid"] });
        temp.Store.AddParent("character:samus aran", "series:metroid");

        temp.Store.Search("series:metroid").Hashes.ShouldBe([child, parentOnly], ignoreOrder: true);
    }

    [Fact]
    public void Given_a_grandparent_through_a_sibling_when_searching_it_then_the_bad_siblings_file_matches()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["samus"] });
        temp.Store.AddSibling("samus", "character:samus aran");
        temp.Store.AddParent("character:samus aran", "series:metroid");
        temp.Store.AddParent("series:metroid", "studio:nintendo");

        temp.Store.Search("studio:nintendo").Hashes.ShouldBe([hash]);
    }

    [Fact]
    public void Given_a_parent_when_excluding_it_then_child_files_are_excluded_too()
    {
        using var temp = new TempStore();
        temp.ImportPng(new ImportOptions { Tags = ["character:samus aran"] });
        var other = temp.ImportPng(new ImportOptions { Tags = ["other"] });
        temp.Store.AddParent("character:samus aran", "series:metroid");

        temp.Store.Search("-series:metroid").Hashes.ShouldBe([other]);
    }

    [Fact]
    public void Given_relations_in_one_service_then_search_in_another_ignores_them()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["samus"], TagService = ServiceCatalog.DownloaderTags });
        temp.Store.AddSibling("samus", "character:samus aran", ServiceCatalog.MyTags);

        temp.Store.Search("character:samus aran").Hashes.ShouldBeEmpty();
        temp.Store.Search("samus").Hashes.ShouldBe([hash]);
    }

    [Fact]
    public void Given_parents_on_a_namespace_when_searching_namespace_star_then_implied_tags_count()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["character:samus aran"] });
        temp.Store.AddParent("character:samus aran", "series:metroid");

        temp.Store.Search("series:*").Hashes.ShouldBe([hash]);
    }
}
