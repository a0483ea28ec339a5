using System.Text.Json.Nodes;
using HydraEngine.Definitions.Hydrus;
using HydraEngine.Definitions.Hydrus.Upgrades;
using HydraEngine.Definitions.Hydrus.Upgrades.ContentParser;
using HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>Wrong shapes, unknown types and future versions fail with an <see cref="UpgradeException"/> that says where.</summary>
public sealed class UpgradeFailureTests
{
    [Fact]
    public void Step_wrong_field_count_names_what_was_expected() =>
        UpgradeAssert.StepFails(new UrlClassV3ToV4(), """["k", 0]""")
            .ShouldBe("expected the URL class v3 info to be an array of 11 items, but it was an array of 2 items");

    [Fact]
    public void Upgrader_wrong_shaped_info_names_type_and_versions() =>
        Should.Throw<UpgradeException>(() => Upgrade(HydrusTypes.UrlClass, 3, """{"not": "an array"}"""))
            .Message.ShouldBe("could not update URL Class from version 3 to 4: expected the URL class v3 info to be an array of 11 items, but it was an object");

    [Fact]
    public void Upgrader_failing_nested_child_names_both_levels() =>
        Should.Throw<UpgradeException>(() => Upgrade(HydrusTypes.ContentParser, 5, """["t", 0, [31, 1, "bad"], 1, true, null]"""))
            .Message.ShouldBe("could not update Content Parser from version 5 to 6: could not update Parse Formula JSON from version 1 to 2: expected the info (parse rules, content, match, converter) to be an array of 4 items, but it was a string");

    [Fact]
    public void Upgrader_non_upgrade_exception_from_step_is_wrapped() =>
        Should.Throw<UpgradeException>(() => Upgrade(UpgradeTypeCatalog.NetworkContext, 1, """[2, "zz"]"""))
            .Message.ShouldStartWith("could not update Network Context from version 1 to 2: ");

    [Fact]
    public void Upgrader_unknown_type_id_fails() =>
        Should.Throw<UpgradeException>(() => Upgrade(999, 1, "[]"))
            .Message.ShouldContain("999");

    [Fact]
    public void Upgrader_future_version_fails() =>
        Should.Throw<UpgradeException>(() => Upgrade(HydrusTypes.HtmlFormula, 9, "[]"))
            .Message.ShouldBe("Parse Formula HTML version 9 is newer than the newest version HydraEngine supports (8)");

    [Fact]
    public void Upgrader_version_without_step_fails() =>
        Should.Throw<UpgradeException>(() => Upgrade(HydrusTypes.StringConverter, 0, "[]"))
            .Message.ShouldBe("could not update String Converter from version 0 to 1: no upgrade step is known for this version");

    [Fact]
    public void Upgrade_child_unknown_type_id_fails() =>
        Should.Throw<UpgradeException>(() => TestKeys.Context().UpgradeChild(JsonNode.Parse("[999, 1, []]")));

    [Fact]
    public void Upgrade_child_future_version_fails() =>
        Should.Throw<UpgradeException>(() => TestKeys.Context().UpgradeChild(JsonNode.Parse("""[51, 2, [3, "", null, null, "x"]]""")));

    [Fact]
    public void Upgrade_child_named_type_without_name_fails() =>
        Should.Throw<UpgradeException>(() => TestKeys.Context().UpgradeChild(JsonNode.Parse("[50, 15, []]")))
            .Message.ShouldBe("expected a URL Class tuple to be an array of 4 items, but it was an array of 3 items");

    [Fact]
    public void Content_parser_sort_formula_without_processor_fails() =>
        UpgradeAssert.StepFails(new ContentParserV5ToV6(), """["t", 0, [136, 1, ["x", 1, "", [51, 1, [3, "", null, null, "x"]]]], 1, true, null]""")
            .ShouldContain("String Processor");

    private static JsonNode? Upgrade(int typeId, int version, string info) =>
        TupleUpgrader.Upgrade(typeId, version, JsonNode.Parse(info), TestKeys.Context());
}
