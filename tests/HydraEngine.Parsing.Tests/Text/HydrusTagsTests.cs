using HydraEngine.Model.Text;

namespace HydraEngine.Parsing.Tests.Text;

/// <summary>Tag cleaning edge cases; expected values from hydrus's CleanTag on CPython 3.11.</summary>
public sealed class HydrusTagsTests
{
    [Theory]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("ΣΑΣ Σ", "σας σ")]
    [InlineData("Ｆｕｌｌ", "ｆｕｌｌ")]
    public void Lower_casing_is_pythons(string tag, string expected)
    {
        HydrusTags.CleanTag(tag).ShouldBe(expected);
    }

    [Theory]
    [InlineData("a\u200bb", "ab")]
    [InlineData("x\ue000y", "xy")]
    [InlineData("x\U000F0001y", "xy")]
    [InlineData("x\U000FFFFEy", "x\U000FFFFEy")]
    [InlineData("\u202ea:b", "a:b")]
    [InlineData("A\u0085B", "ab")]
    [InlineData("\ufeffbom", "bom")]
    public void Control_format_and_private_use_code_points_are_deleted(string tag, string expected)
    {
        HydrusTags.CleanTag(tag).ShouldBe(expected);
    }

    [Fact]
    public void Lone_surrogates_are_deleted()
    {
        HydrusTags.CleanTag("x" + (char)0xD800 + "y" + (char)0xDC00).ShouldBe("xy");
    }

    [Theory]
    [InlineData("한\u3164글", "한\u3164글")]
    [InlineData("a\u3164b", "ab")]
    public void Hangul_filler_is_kept_only_in_korean_text(string tag, string expected)
    {
        HydrusTags.CleanTag(tag).ShouldBe(expected);
    }

    [Theory]
    [InlineData("\u200c\u200d", "")]
    [InlineData("ع\u200cب", "ع\u200cب")]
    [InlineData("é\u200d", "é")]
    public void Zero_width_joiners_are_kept_only_outside_latin_text(string tag, string expected)
    {
        HydrusTags.CleanTag(tag).ShouldBe(expected);
    }

    [Theory]
    [InlineData("system:system:-x", "x")]
    [InlineData("- - x", "- x")]
    [InlineData("ns:system:x", "ns:x")]
    [InlineData(":system:x", "x")]
    [InlineData("-", "")]
    [InlineData("system:", "")]
    public void Leading_dashes_and_system_prefixes_are_removed(string tag, string expected)
    {
        HydrusTags.CleanTag(tag).ShouldBe(expected);
    }

    [Theory]
    [InlineData("a\u3000\u3000b", "a b")]
    [InlineData("a\u00a0b", "a b")]
    [InlineData(" : x", "x")]
    [InlineData("ns : sub", "ns:sub")]
    public void Whitespace_is_collapsed_and_stripped_around_the_colon(string tag, string expected)
    {
        HydrusTags.CleanTag(tag).ShouldBe(expected);
    }

    [Theory]
    [InlineData("::", "::")]
    [InlineData(":a:", ":a:")]
    [InlineData("ns:-", "ns:")]
    public void Colon_edge_cases_follow_hydrus(string tag, string expected)
    {
        HydrusTags.CleanTag(tag).ShouldBe(expected);
    }

    [Fact]
    public void Truncation_counts_code_points_not_utf16_units()
    {
        var cleaned = HydrusTags.CleanTag(new string('x', 1023) + "😀😀");

        cleaned.ShouldBe(new string('x', 1023) + "😀");
    }

    [Fact]
    public void Lower_casing_after_truncation_may_lengthen_the_tag()
    {
        HydrusTags.CleanTag(new string('İ', 1030)).Length.ShouldBe(2048);
    }

    [Fact]
    public void Clean_tags_skips_nulls_and_empty_subtags_and_deduplicates()
    {
        HydrusTags.CleanTags([null, "A", "a", "ns:", "", "  "]).ShouldBe(["a"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("", "a:b", ":a:b")]
    [InlineData("", "ab", "ab")]
    [InlineData("ns", "a:b", "ns:a:b")]
    public void Combine_tag_protects_a_colon_in_an_unnamespaced_subtag(string ns, string subtag, string expected)
    {
        HydrusTags.CombineTag(ns, subtag).ShouldBe(expected);
    }

    [Theory]
    [InlineData("a:b:c", "a", "b:c")]
    [InlineData("abc", "", "abc")]
    [InlineData(":x", "", "x")]
    public void Split_tag_splits_at_the_first_colon(string tag, string ns, string subtag)
    {
        HydrusTags.SplitTag(tag).ShouldBe((ns, subtag));
    }
}
