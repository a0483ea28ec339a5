using HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>URL class steps v1→v2 … v7→v8 (the fields before the flags were gathered).</summary>
public sealed class UrlClassEarlyStepTests
{
    [Fact]
    public void V1ToV2_AddsGeneratedKeyAndApiConverterExampledByTheExampleUrl() => UpgradeAssert.StepUpgrades(
        new UrlClassV1ToV2(),
        """[0, "https", "example.com", true, false, [26, 1, []], [21, 1, [[], [], [], []]], "https://example.com/p"]""",
        $$"""["{{TestKeys.Key(1)}}", 0, "https", "example.com", true, false, [26, 1, []], [21, 1, [[], [], [], []]], [55, 2, [[], "https://example.com/p"]], "https://example.com/p"]""");

    [Fact]
    public void V1ToV2_RecordsTheGeneratedKey()
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
    public void V2ToV3_AssociatesOnlyPostAndFileUrlsWithFiles(int urlType, bool associated) => UpgradeAssert.StepUpgrades(
        new UrlClassV2ToV3(),
        $$"""["k", {{urlType}}, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], "u"]""",
        $$"""["k", {{urlType}}, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], {{(associated ? "true" : "false")}}, "u"]""");

    [Fact]
    public void V3ToV4_InsertsCanProduceMultipleFilesBeforeAssociation() => UpgradeAssert.StepUpgrades(
        new UrlClassV3ToV4(),
        """["k", 0, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], true, "u"]""",
        """["k", 0, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], false, true, "u"]""");

    [Fact]
    public void V4ToV5_InsertsUnsetGalleryIndexWithDeltaOne() => UpgradeAssert.StepUpgrades(
        new UrlClassV4ToV5(),
        """["k", 3, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], false, false, "u"]""",
        """["k", 3, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], false, false, null, null, 1, "u"]""");

    [Fact]
    public void V5ToV6_PairsPathMatchesAndParameterMatchesWithNoDefault() => UpgradeAssert.StepUpgrades(
        new UrlClassV5ToV6(),
        """["k", 0, "https", "e.com", true, false, [26, 1, [[51, 1, [0, "posts", null, null, "posts"]]]], [21, 1, [[], [["s", [51, 1, [0, "view", null, null, "view"]]]], [], []]], [55, 2, [[], "u"]], false, true, null, null, 1, "u"]""",
        """["k", 0, "https", "e.com", true, false, [[[51, 1, [0, "posts", null, null, "posts"]], null]], [["s", [[51, 1, [0, "view", null, null, "view"]], null]]], [55, 2, [[], "u"]], false, true, null, null, 1, "u"]""");

    [Fact]
    public void V5ToV6_RepeatedParameterNameKeepsFirstPlaceAndLastMatch() => UpgradeAssert.StepUpgrades(
        new UrlClassV5ToV6(),
        """["k", 0, "https", "e.com", true, false, [26, 3, []], [21, 2, [[[0, "a"], [2, [51, 1, [3, "", null, null, "1"]]]], [[0, "b"], [2, [51, 1, [3, "", null, null, "2"]]]], [[0, "a"], [2, [51, 1, [3, "", null, null, "3"]]]]]], [55, 2, [[], "u"]], false, true, null, null, 1, "u"]""",
        """["k", 0, "https", "e.com", true, false, [], [["a", [[51, 1, [3, "", null, null, "3"]], null]], ["b", [[51, 1, [3, "", null, null, "2"]], null]]], [55, 2, [[], "u"]], false, true, null, null, 1, "u"]""");

    [Fact]
    public void V6ToV7_InsertsReferralSettingsAfterApiConverter() => UpgradeAssert.StepUpgrades(
        new UrlClassV6ToV7(),
        """["k", 0, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], false, true, null, null, 1, "u"]""",
        """["k", 0, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], 0, [55, 2, [[], "https://hostname.com/post/page.php?id=123456&s=view"]], false, true, null, null, 1, "u"]""");

    [Fact]
    public void V7ToV8_InsertsAlphabetiseTrueAfterKeepSubdomains() => UpgradeAssert.StepUpgrades(
        new UrlClassV7ToV8(),
        """["k", 0, "https", "e.com", true, false, [], [], [55, 2, [[], "u"]], 0, [55, 2, [[], "r"]], false, true, null, null, 1, "u"]""",
        """["k", 0, "https", "e.com", true, false, true, [], [], [55, 2, [[], "u"]], 0, [55, 2, [[], "r"]], false, true, null, null, 1, "u"]""");
}
