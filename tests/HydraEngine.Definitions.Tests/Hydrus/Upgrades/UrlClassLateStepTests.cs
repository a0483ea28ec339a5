using HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>URL class steps v8→v9 … v14→v15 (flags array, parameters, encoding, domain mask).</summary>
public sealed class UrlClassLateStepTests
{
    private const string Api = """[55, 2, [[], "u"]]""";
    private const string Referral = """[55, 2, [[], "r"]]""";
    private const string AnyMatch = """[51, 1, [3, "", null, null, "example string"]]""";

    [Fact]
    public void V8ToV9_GathersTheFlagsAfterTheNetloc() => UpgradeAssert.StepUpgrades(
        new UrlClassV8ToV9(),
        $$"""["k", 0, "https", "e.com", "ms", "ks", "alpha", [], [], {{Api}}, 0, {{Referral}}, "multi", "assoc", null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", ["ms", "ks", "alpha", "multi", "assoc", false], [], [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V9ToV10_InsertsEmptyHeaderOverridesAfterParameters() => UpgradeAssert.StepUpgrades(
        new UrlClassV9ToV10(),
        $$"""["k", 0, "https", "e.com", [true, false, true, false, true, false], ["P"], ["Q"], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", [true, false, true, false, true, false], ["P"], ["Q"], [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V10ToV11_InsertsSingleValueParameterSettingsBeforeHeaders() => UpgradeAssert.StepUpgrades(
        new UrlClassV10ToV11(),
        $$"""["k", 0, "https", "e.com", [true, false, true, false, true, false], ["P"], ["Q"], ["H"], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", [true, false, true, false, true, false], ["P"], ["Q"], false, {{AnyMatch}}, ["H"], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V11ToV12_AddsNoMorePathAndNoMoreParameterFlags() => UpgradeAssert.StepUpgrades(
        new UrlClassV11ToV12(),
        $$"""["k", 0, "https", "e.com", ["ms", "ks", "alpha", "multi", "assoc", "fragment"], [], [], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", ["ms", "ks", "alpha", false, false, "multi", "assoc", "fragment"], [], [], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V12ToV13_PathEncodesDefaultsAndLeavesNonFixedMatches() => UpgradeAssert.StepUpgrades(
        new UrlClassV12ToV13(),
        $$"""["k", 0, "https", "e.com", [true, false, true, false, false, false, true, false], [[[51, 1, [2, "a b", null, null, "a b"]], "x y/z"]], [], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", [true, false, true, false, false, false, true, false], [[[51, 1, [2, "a b", null, null, "a b"]], "x%20y%2Fz"]], [26, 3, []], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V12ToV13_ParameterKeepsSlashAndQuestionMarkButEncodesPercentSign() => UpgradeAssert.StepUpgrades(
        new UrlClassV12ToV13(),
        $$"""["k", 0, "https", "e.com", [true, false, true, false, false, false, true, false], [], [["q", [[51, 1, [0, "a/b?", null, null, "a/b?"]], "100%"]]], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", [true, false, true, false, false, false, true, false], [], [26, 3, [[2, [127, 2, ["q", [51, 1, [0, "a/b?", null, null, "a/b?"]], false, "100%25", [84, 1, [26, 3, []]]]]]]], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Theory]
    [InlineData(3, false, "[]", true)]
    [InlineData(4, false, "[]", true)]
    [InlineData(0, false, "[]", false)]
    [InlineData(2, false, "[]", false)]
    [InlineData(3, true, "[]", false)]
    [InlineData(3, false, "[[2, \"x\"]]", false)]
    public void V13ToV14_KeepsExtraParametersOnlyForPlainGalleryAndWatchableClasses(int urlType, bool noMoreParameters, string apiConversions, bool keepExtra) => UpgradeAssert.StepUpgrades(
        new UrlClassV13ToV14(),
        $$"""["k", {{urlType}}, "https", "e.com", [true, false, true, false, {{Bool(noMoreParameters)}}, false, true, false], [], [26, 3, []], false, {{AnyMatch}}, [], [55, 2, [{{apiConversions}}, "u"]], 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", {{urlType}}, "https", "e.com", [true, false, true, false, {{Bool(noMoreParameters)}}, {{Bool(keepExtra)}}, false, true, false], [], [26, 3, []], false, {{AnyMatch}}, [], [55, 2, [{{apiConversions}}, "u"]], 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V13ToV14_JudgesTheApiConverterAfterUpgradingIt() => UpgradeAssert.StepUpgrades(
        new UrlClassV13ToV14(),
        $$"""["k", 3, "https", "e.com", [true, false, true, false, false, false, true, false], [], [26, 3, []], false, {{AnyMatch}}, [], [55, 1, [[[5, "hex"]], "u"]], 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 3, "https", "e.com", [true, false, true, false, false, true, false, true, false], [], [26, 3, []], false, {{AnyMatch}}, [], [55, 2, [[], "u"]], 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V14ToV15_MovesNetlocAndSubdomainFlagsIntoDomainMask() => UpgradeAssert.StepUpgrades(
        new UrlClassV14ToV15(),
        $$"""["k", 0, "https", "e.com", [true, false, "alpha", "path", "params", "extra", "multi", "assoc", "fragment"], [], [26, 3, []], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", [139, 1, [["e.com"], [], true, false]], ["alpha", "path", "params", "extra", "multi", "assoc", "fragment"], [], [26, 3, []], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void ParameterV1ToV2_InsertsNotEphemeralAndAppendsEmptyConverter() => UpgradeAssert.StepUpgrades(
        new UrlClassParameterV1ToV2(),
        """["page", [51, 1, [1, 2, null, null, "1"]], "1"]""",
        """["page", [51, 1, [1, 2, null, null, "1"]], false, "1", [55, 2, [[], "example string"]]]""");

    private static string Bool(bool value) => value ? "true" : "false";
}
