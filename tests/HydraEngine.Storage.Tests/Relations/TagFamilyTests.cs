using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Relations;

/// <summary><see cref="HydraStore.FamilyOf"/>: a tag's sibling chain, ideal, descendants and ancestors.</summary>
public sealed class TagFamilyTests
{
    [Fact]
    public void Given_siblings_and_parents_then_the_family_holds_the_chain_and_both_directions()
    {
        using var temp = new TempStore();
        temp.Store.AddSibling("samus", "character:samus aran");
        temp.Store.AddSibling("samus_aran", "samus");
        temp.Store.AddParent("character:samus aran", "series:metroid");
        temp.Store.AddParent("series:metroid", "studio:nintendo");
        temp.Store.AddParent("character:zero suit samus", "samus");

        var family = temp.Store.FamilyOf("samus_aran");

        family.Siblings.ShouldBe(["character:samus aran", "samus", "samus_aran"], ignoreOrder: true);
        family.IdealTag.ShouldBe("character:samus aran");
        family.Ancestors.ShouldBe(["series:metroid", "studio:nintendo"], ignoreOrder: true);
        family.Descendants.ShouldBe(["character:zero suit samus"]);
    }

    [Fact]
    public void Given_an_unknown_tag_then_it_is_its_own_family()
    {
        using var temp = new TempStore();

        var family = temp.Store.FamilyOf("  Never Seen ");

        family.Siblings.ShouldBe(["never seen"]);
        family.IdealTag.ShouldBe("never seen");
        family.Ancestors.ShouldBeEmpty();
        family.Descendants.ShouldBeEmpty();
    }

    [Fact]
    public void Given_another_service_then_its_relations_are_not_mixed_in()
    {
        using var temp = new TempStore();
        temp.Store.AddParent("a", "b");

        temp.Store.FamilyOf("a", "downloader tags").Ancestors.ShouldBeEmpty();
    }
}
