using HydraEngine.Definitions.Hydrus.Upgrades.ContentParser;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>Content parser steps v1→v2 … v6→v7.</summary>
public sealed class ContentParserStepTests
{
    private const string Formula = """[136, 1, ["x", 1, "", [84, 1, [26, 3, []]]]]""";

    [Fact]
    public void V1_to_v2_veto_search_text_becomes_regex_match() => UpgradeAssert.StepUpgrades(
        new ContentParserV1ToV2(),
        $$"""["veto", 8, {{Formula}}, [true, true, "deleted"]]""",
        $$"""["veto", 8, {{Formula}}, [true, [51, 1, [2, "deleted", null, null, "deleted"]]]]""");

    [Fact]
    public void V1_to_v2_veto_without_text_test_becomes_any_match() => UpgradeAssert.StepUpgrades(
        new ContentParserV1ToV2(),
        $$"""["veto", 8, {{Formula}}, [false, false, "ignored"]]""",
        $$"""["veto", 8, {{Formula}}, [false, [51, 1, [3, "", null, null, "example string"]]]]""");

    [Fact]
    public void V1_to_v2_leaves_other_content_types() => UpgradeAssert.StepUpgrades(
        new ContentParserV1ToV2(),
        $$"""["tags", 0, {{Formula}}, "creator"]""",
        $$"""["tags", 0, {{Formula}}, "creator"]""");

    [Theory]
    [InlineData(2, 7)]
    [InlineData(0, 8)]
    [InlineData(3, 6)]
    public void V2_to_v3_maps_old_url_types(int oldType, int newType) => UpgradeAssert.StepUpgrades(
        new ContentParserV2ToV3(),
        $$"""["urls", 7, {{Formula}}, [{{oldType}}, 50]]""",
        $$"""["urls", 7, {{Formula}}, [{{newType}}, 50]]""");

    [Fact]
    public void V3_to_v4_inserts_no_sort_before_additional_info() => UpgradeAssert.StepUpgrades(
        new ContentParserV3ToV4(),
        $$"""["tags", 0, {{Formula}}, "creator"]""",
        $$"""["tags", 0, {{Formula}}, 0, false, "creator"]""");

    [Fact]
    public void V4_to_v5_hash_encoding_defaults_to_hex() => UpgradeAssert.StepUpgrades(
        new ContentParserV4ToV5(),
        $$"""["md5", 15, {{Formula}}, 0, false, "md5"]""",
        $$"""["md5", 15, {{Formula}}, 0, false, ["md5", "hex"]]""");

    [Fact]
    public void V4_to_v5_quoted_base64_at_the_end_of_a_longer_string_counts_as_in_hydrus() => UpgradeAssert.StepUpgrades(
        new ContentParserV4ToV5(),
        """["md5", 15, [136, 1, ["say \"base64", 1, "", [84, 1, [26, 3, []]]]], 0, false, "md5"]""",
        """["md5", 15, [136, 1, ["say \"base64", 1, "", [84, 1, [26, 3, []]]]], 0, false, ["md5", "base64"]]""");

    [Fact]
    public void V4_to_v5_base64_inside_a_longer_string_does_not_count() => UpgradeAssert.StepUpgrades(
        new ContentParserV4ToV5(),
        """["md5", 15, [136, 1, ["base64 data", 1, "", [84, 1, [26, 3, []]]]], 0, false, "md5"]""",
        """["md5", 15, [136, 1, ["base64 data", 1, "", [84, 1, [26, 3, []]]]], 0, false, ["md5", "hex"]]""");

    [Fact]
    public void V4_to_v5_leaves_hash_info_that_is_already_an_array() => UpgradeAssert.StepUpgrades(
        new ContentParserV4ToV5(),
        $$"""["md5", 15, {{Formula}}, 0, false, ["sha1", "hex"]]""",
        $$"""["md5", 15, {{Formula}}, 0, false, ["sha1", "hex"]]""");

    [Fact]
    public void V5_to_v6_drops_unset_sort_without_touching_formula() => UpgradeAssert.StepUpgrades(
        new ContentParserV5ToV6(),
        """["tags", 0, [31, 1, "stored as is"], 0, true, "creator"]""",
        """["tags", 0, [31, 1, "stored as is"], "creator"]""");

    [Fact]
    public void V5_to_v6_sort_is_appended_after_existing_processor_steps() => UpgradeAssert.StepUpgrades(
        new ContentParserV5ToV6(),
        """["tags", 0, [27, 7, [[26, 3, []], 1, "", [84, 1, [26, 1, [[51, 1, [2, "a", null, null, "a"]]]]]]], 1, false, "creator"]""",
        """["tags", 0, [27, 8, [[26, 3, []], 1, "", "", [84, 1, [26, 3, [[2, [51, 1, [2, "a", null, null, "a"]]], [2, [99, 1, [1, false, null]]]]]]]], "creator"]""");

    [Fact]
    public void V6_to_v7_empty_namespace_of_non_tag_parser_is_kept() => UpgradeAssert.StepUpgrades(
        new ContentParserV6ToV7(),
        $$"""["note", 18, {{Formula}}, ""]""",
        $$"""["note", 18, {{Formula}}, ""]""");

    [Fact]
    public void V6_to_v7_named_namespace_is_kept() => UpgradeAssert.StepUpgrades(
        new ContentParserV6ToV7(),
        $$"""["tags", 0, {{Formula}}, "creator"]""",
        $$"""["tags", 0, {{Formula}}, "creator"]""");
}
