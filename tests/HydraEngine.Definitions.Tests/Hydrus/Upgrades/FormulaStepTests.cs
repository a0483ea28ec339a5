using HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>Formula and parse-rule steps not (fully) covered by the X vectors.</summary>
public sealed class FormulaStepTests
{
    private const string AnyMatch = """[51, 1, [3, "", null, null, "example string"]]""";
    private const string RegexMatch = """[51, 1, [2, "\\d+", null, null, "1"]]""";
    private const string EmptyConverter = """[55, 2, [[], "x"]]""";
    private const string EmptyProcessor = """[84, 1, [26, 3, []]]""";

    [Fact]
    public void Html_v1_to_v2_adds_neutral_culling_and_adding() => UpgradeAssert.StepUpgrades(
        new HtmlFormulaV1ToV2(),
        """[[["a", {}, null]], "href"]""",
        """[[["a", {}, null]], "href", [0, 0, "", ""]]""");

    [Fact]
    public void Html_v2_to_v3_positive_counts_clip_and_texts_are_added_in_order() => UpgradeAssert.StepUpgrades(
        new HtmlFormulaV2ToV3(),
        """[[], "href", [3, 2, "pre", "post"]]""",
        """[[], "href", [55, 2, [[[6, 3], [7, 2], [2, "pre"], [3, "post"]], "parsed information"]]]""");

    [Fact]
    public void Html_v2_to_v3_negative_counts_remove_and_keep_their_sign() => UpgradeAssert.StepUpgrades(
        new HtmlFormulaV2ToV3(),
        """[[], "href", [-3, -2, "", ""]]""",
        """[[], "href", [55, 2, [[[1, -3], [0, -2]], "parsed information"]]]""");

    [Fact]
    public void Html_v3_to_v4_inserts_any_match_before_converter() => UpgradeAssert.StepUpgrades(
        new HtmlFormulaV3ToV4(),
        $$"""[[], "href", {{EmptyConverter}}]""",
        $$"""[[], "href", {{AnyMatch}}, {{EmptyConverter}}]""");

    [Fact]
    public void Html_v4_to_v5_attribute_means_attribute_content() => UpgradeAssert.StepUpgrades(
        new HtmlFormulaV4ToV5(),
        $$"""[[], "src", {{AnyMatch}}, {{EmptyConverter}}]""",
        $$"""[[], 0, "src", {{AnyMatch}}, {{EmptyConverter}}]""");

    [Fact]
    public void Html_v5_to_v6_null_attributes_become_empty_object() => UpgradeAssert.StepUpgrades(
        new HtmlFormulaV5ToV6(),
        $$"""[[["div", null, 1]], 1, "", {{AnyMatch}}, {{EmptyConverter}}]""",
        $$"""[[26, 3, [[2, [62, 3, [0, "div", {}, 1, null, false, {{AnyMatch}}]]]]], 1, "", {{AnyMatch}}, {{EmptyConverter}}]""");

    [Fact]
    public void Html_v6_to_v7_keeps_match_that_makes_changes_before_converter() => UpgradeAssert.StepUpgrades(
        new HtmlFormulaV6ToV7(),
        """[[26, 3, []], 1, "", [51, 1, [3, "", 1, null, "x"]], [55, 1, [[[2, "a"]], "x"]]]""",
        """[[26, 3, []], 1, "", [84, 1, [26, 3, [[2, [51, 1, [3, "", 1, null, "x"]]], [2, [55, 2, [[[2, "a"]], "x"]]]]]]]""");

    [Fact]
    public void Parse_rule_v2_to_v3_leaves_info_unchanged() => UpgradeAssert.StepUpgrades(
        new HtmlParseRuleV2ToV3(),
        $$"""[1, "div", null, null, 2, false, {{AnyMatch}}]""",
        $$"""[1, "div", null, null, 2, false, {{AnyMatch}}]""");

    [Fact]
    public void Json_v1_to_v2_boolean_rule_is_an_index_as_in_python() => UpgradeAssert.StepUpgrades(
        new JsonFormulaV1ToV2(),
        $$"""[[true, -1], 0, {{AnyMatch}}, {{EmptyConverter}}]""",
        $$"""[[[2, true], [2, -1]], 0, {{AnyMatch}}, {{EmptyConverter}}]""");

    [Fact]
    public void Json_v2_to_v3_drops_match_and_converter_that_change_nothing() => UpgradeAssert.StepUpgrades(
        new JsonFormulaV2ToV3(),
        $$"""[[[1, null]], 0, {{AnyMatch}}, {{EmptyConverter}}]""",
        $$"""[[[1, null]], 0, {{EmptyProcessor}}]""");

    [Fact]
    public void Json_v3_to_v4_inserts_empty_name_before_processor() => UpgradeAssert.StepUpgrades(
        new JsonFormulaV3ToV4(),
        $$"""[[[1, null]], 0, {{EmptyProcessor}}]""",
        $$"""[[[1, null]], 0, "", {{EmptyProcessor}}]""");

    [Fact]
    public void Zipper_v1_to_v2_folds_match_and_converter_into_processor() => UpgradeAssert.StepUpgrades(
        new ZipperFormulaV1ToV2(),
        $$"""[[26, 3, []], "\\1", {{RegexMatch}}, {{EmptyConverter}}]""",
        $$"""[[26, 3, []], "\\1", [84, 1, [26, 3, [[2, {{RegexMatch}}]]]]]""");

    [Fact]
    public void Zipper_v2_to_v3_inserts_empty_name_before_processor() => UpgradeAssert.StepUpgrades(
        new ZipperFormulaV2ToV3(),
        $$"""[[26, 3, []], "\\1", {{EmptyProcessor}}]""",
        $$"""[[26, 3, []], "\\1", "", {{EmptyProcessor}}]""");

    [Fact]
    public void Context_variable_v1_to_v2_folds_match_and_converter_into_processor() => UpgradeAssert.StepUpgrades(
        new ContextVariableFormulaV1ToV2(),
        $$"""["url", {{AnyMatch}}, [55, 1, [[[3, "/"]], "x"]]]""",
        """["url", [84, 1, [26, 3, [[2, [55, 2, [[[3, "/"]], "x"]]]]]]]""");

    [Fact]
    public void Context_variable_v2_to_v3_inserts_empty_name_before_processor() => UpgradeAssert.StepUpgrades(
        new ContextVariableFormulaV2ToV3(),
        $$"""["url", {{EmptyProcessor}}]""",
        $$"""["url", "", {{EmptyProcessor}}]""");

    [Fact]
    public void Nested_v1_to_v2_inserts_empty_name_before_processor() => UpgradeAssert.StepUpgrades(
        new NestedFormulaV1ToV2(),
        $$"""[[136, 1, ["a", 1, "", {{EmptyProcessor}}]], [136, 1, ["b", 1, "", {{EmptyProcessor}}]], {{EmptyProcessor}}]""",
        $$"""[[136, 1, ["a", 1, "", {{EmptyProcessor}}]], [136, 1, ["b", 1, "", {{EmptyProcessor}}]], "", {{EmptyProcessor}}]""");
}
