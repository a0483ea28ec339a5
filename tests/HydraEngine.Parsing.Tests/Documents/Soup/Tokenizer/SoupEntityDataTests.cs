using HydraEngine.Parsing.Documents.Soup.Tokenizer;

namespace HydraEngine.Parsing.Tests.Documents.Soup.Tokenizer;

/// <summary>The named character reference table html5lib 1.1 reads (Python's html.entities.html5).</summary>
public sealed class SoupEntityDataTests
{
    [Fact]
    public void A_prefix_of_a_name_is_known_and_other_text_is_not()
    {
        SoupEntityData.HasNameStartingWith("noti").ShouldBeTrue();
        SoupEntityData.HasNameStartingWith("notx").ShouldBeFalse();
    }

    [Fact]
    public void The_longest_name_wins_over_its_legacy_prefix()
    {
        SoupEntityData.LongestNameAtStartOf("notin;x", out var value).ShouldBe(6);
        value.ShouldBe("∉");
    }

    [Fact]
    public void A_legacy_name_matches_without_its_semicolon()
    {
        SoupEntityData.LongestNameAtStartOf("noti", out var value).ShouldBe(3);
        value.ShouldBe("¬");
    }

    [Fact]
    public void A_name_may_stand_for_two_characters()
    {
        SoupEntityData.LongestNameAtStartOf("NotEqualTilde;", out var value).ShouldBe(14);
        value.ShouldBe("\u2242\u0338");
    }

    [Fact]
    public void Text_starting_with_no_name_matches_nothing() =>
        SoupEntityData.LongestNameAtStartOf("zzz", out _).ShouldBe(0);
}
