using HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>URL class steps v8→v9 … v14→v15 (flags array, parameters, encoding, domain mask).</summary>
public sealed class UrlClassLateStepTests
{
    private const string Api = """[55, 2, [[], "u"]]""";
    private const string Referral = """[55, 2, [[], "r"]]""";
    private const string AnyMatch = """[51, 1, [3, "", null, null, "example string"]]""";

    [Fact]
    public void V8_to_v9_gathers_the_flags_after_the_netloc() => UpgradeAssert.StepUpgrades(
        new UrlClassV8ToV9(),
        $$"""["k", 0, "https", "e.com", "ms", "ks", "alpha", [], [], {{Api}}, 0, {{Referral}}, "multi", "assoc", null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", ["ms", "ks", "alpha", "multi", "assoc", false], [], [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V9_to_v10_inserts_empty_header_overrides_after_parameters() => UpgradeAssert.StepUpgrades(
        new UrlClassV9ToV10(),
        $$"""["k", 0, "https", "e.com", [true, false, true, false, true, false], ["P"], ["Q"], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", [true, false, true, false, true, false], ["P"], ["Q"], [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V10_to_v11_inserts_single_value_parameter_settings_before_headers() => UpgradeAssert.StepUpgrades(
        new UrlClassV10ToV11(),
        $$"""["k", 0, "https", "e.com", [true, false, true, false, true, false], ["P"], ["Q"], ["H"], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", [true, false, true, false, true, false], ["P"], ["Q"], false, {{AnyMatch}}, ["H"], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V11_to_v12_adds_no_more_path_and_no_more_parameter_flags() => UpgradeAssert.StepUpgrades(
        new UrlClassV11ToV12(),
        $$"""["k", 0, "https", "e.com", ["ms", "ks", "alpha", "multi", "assoc", "fragment"], [], [], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", ["ms", "ks", "alpha", false, false, "multi", "assoc", "fragment"], [], [], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V12_to_v13_path_encodes_defaults_and_leaves_non_fixed_matches() => UpgradeAssert.StepUpgrades(
        new UrlClassV12ToV13(),
        $$"""["k", 0, "https", "e.com", [true, false, true, false, false, false, true, false], [[[51, 1, [2, "a b", null, null, "a b"]], "x y/z"]], [], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", "e.com", [true, false, true, false, false, false, true, false], [[[51, 1, [2, "a b", null, null, "a b"]], "x%20y%2Fz"]], [26, 3, []], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V12_to_v13_parameter_keeps_slash_and_question_mark_but_encodes_percent_sign() => UpgradeAssert.StepUpgrades(
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
    public void V13_to_v14_judges_the_api_converter_after_upgrading_it() => UpgradeAssert.StepUpgrades(
        new UrlClassV13ToV14(),
        $$"""["k", 3, "https", "e.com", [true, false, true, false, false, false, true, false], [], [26, 3, []], false, {{AnyMatch}}, [], [55, 1, [[[5, "hex"]], "u"]], 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 3, "https", "e.com", [true, false, true, false, false, true, false, true, false], [], [26, 3, []], false, {{AnyMatch}}, [], [55, 2, [[], "u"]], 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void V14_to_v15_moves_netloc_and_subdomain_flags_into_domain_mask() => UpgradeAssert.StepUpgrades(
        new UrlClassV14ToV15(),
        $$"""["k", 0, "https", "e.com", [true, false, "alpha", "path", "params", "extra", "multi", "assoc", "fragment"], [], [26, 3, []], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""",
        $$"""["k", 0, "https", [139, 1, [["e.com"], [], true, false]], ["alpha", "path", "params", "extra", "multi", "assoc", "fragment"], [], [26, 3, []], false, {{AnyMatch}}, [], {{Api}}, 0, {{Referral}}, null, null, 1, "u"]""");

    [Fact]
    public void Parameter_v1_to_v2_inserts_not_ephemeral_and_appends_empty_converter() => UpgradeAssert.StepUpgrades(
        new UrlClassParameterV1ToV2(),
        """["page", [51, 1, [1, 2, null, null, "1"]], "1"]""",
        """["page", [51, 1, [1, 2, null, null, "1"]], false, "1", [55, 2, [[], "example string"]]]""");

    private static string Bool(bool value) => value ? "true" : "false";
}
