using HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>URL class steps v1→v2 … v7→v8 (the fields before the flags were gathered).</summary>
public sealed class UrlClassEarlyStepTests
{
    [Fact]
    public void V1_to_v2_adds_generated_key_and_api_converter_exampled_by_the_example_url() => UpgradeAssert.StepUpgrades(
        new UrlClassV1ToV2(),
        """[0, "https", "example.com", true, false, [26, 1, []], [21, 1, [[], [], [], []]], "https://example.com/p"]""",
        $$"""["{{TestKeys.Key(1)}}", 0, "https", "example.com", true, false, [26, 1, []], [21, 1, [[], [], [], []]], [55, 2, [[], "https://example.com/p"]], "https://example.com/p"]""");

    [Fact]
    public void V1_to_v2_records_the_generated_key()
    {
        var context = TestKeys.Context();
        new UrlClassV1ToV2().Apply(System.Text.Json.Nodes.JsonNode.Parse("""[0, "https", "e.com", true, false, [], [], "u"]"""), context);
        context.GeneratedKeys.ShouldBe([TestKeys.Key(1)]);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void V2_to_v3_associates_only_post_and_file_urls_with_files(int urlType, bool associated) => UpgradeAssert.StepUpgrades(
        new UrlClassV2ToV3(),
        $$"""["k", {{urlType}}, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], "u"]""",
        $$"""["k", {{urlType}}, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], {{(associated ? "true" : "false")}}, "u"]""");

    [Fact]
    public void V3_to_v4_inserts_can_produce_multiple_files_before_association() => UpgradeAssert.StepUpgrades(
        new UrlClassV3ToV4(),
        """["k", 0, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], true, "u"]""",
        """["k", 0, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], false, true, "u"]""");

    [Fact]
    public void V4_to_v5_inserts_unset_gallery_index_with_delta_one() => UpgradeAssert.StepUpgrades(
        new UrlClassV4ToV5(),
        """["k", 3, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], false, false, "u"]""",
        """["k", 3, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], false, false, null, null, 1, "u"]""");

    [Fact]
    public void V5_to_v6_pairs_path_matches_and_parameter_matches_with_no_default() => UpgradeAssert.StepUpgrades(
        new UrlClassV5ToV6(),
        """["k", 0, "https", "e.com", true, false, [26, 1, [[51, 1, [0, "posts", null, null, "posts"]]]], [21, 1, [[], [["s", [51, 1, [0, "view", null, null, "view"]]]], [], []]], [55, 2, [[], "u"]], false, true, null, null, 1, "u"]""",
        """["k", 0, "https", "e.com", true, false, [[[51, 1, [0, "posts", null, null, "posts"]], null]], [["s", [[51, 1, [0, "view", null, null, "view"]], null]]], [55, 2, [[], "u"]], false, true, null, null, 1, "u"]""");

    [Fact]
    public void V5_to_v6_repeated_parameter_name_keeps_first_place_and_last_match() => UpgradeAssert.StepUpgrades(
        new UrlClassV5ToV6(),
        """["k", 0, "https", "e.com", true, false, [26, 3, []], [21, 2, [[[0, "a"], [2, [51, 1, [3, "", null, null, "1"]]]], [[0, "b"], [2, [51, 1, [3, "", null, null, "2"]]]], [[0, "a"], [2, [51, 1, [3, "", null, null, "3"]]]]]], [55, 2, [[], "u"]], false, true, null, null, 1, "u"]""",
        """["k", 0, "https", "e.com", true, false, [], [["a", [[51, 1, [3, "", null, null, "3"]], null]], ["b", [[51, 1, [3, "", null, null, "2"]], null]]], [55, 2, [[], "u"]], false, true, null, null, 1, "u"]""");

    [Fact]
    public void V6_to_v7_inserts_referral_settings_after_api_converter() => UpgradeAssert.StepUpgrades(
        new UrlClassV6ToV7(),
        """["k", 0, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], false, true, null, null, 1, "u"]""",
        """["k", 0, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], 0, [55, 2, [[], "https://hostname.com/post/page.php?id=123456&s=view"]], false, true, null, null, 1, "u"]""");

    [Fact]
    public void V7_to_v8_inserts_alphabetise_true_after_keep_subdomains() => UpgradeAssert.StepUpgrades(
        new UrlClassV7ToV8(),
        """["k", 0, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], 0, [55, 2, [[], "r"]], false, true, null, null, 1, "u"]""",
        """["k", 0, "https", "e.com", true, false, true, [], [], [55, 2, [[], "u"]], 0, [55, 2, [[], "r"]], false, true, null, null, 1, "u"]""");
}
