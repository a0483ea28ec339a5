using HydraEngine.Definitions.Hydrus;
using HydraEngine.Definitions.Hydrus.Upgrades;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>The registry holds a complete chain for every type with upgrade steps, and nothing else.</summary>
public sealed class UpgradeRegistryTests
{
    private static readonly int[] TypeIdsWithUpgrades =
    [
        HydrusTypes.Dictionary, HydrusTypes.List, HydrusTypes.HtmlFormula, HydrusTypes.ContentParser, HydrusTypes.JsonFormula,
        UpgradeTypeCatalog.NetworkContext, HydrusTypes.UrlClass, HydrusTypes.StringConverter, HydrusTypes.PageParser,
        HydrusTypes.ZipperFormula, HydrusTypes.ContextVariableFormula, HydrusTypes.HtmlParseRule, HydrusTypes.LoginScript,
        HydrusTypes.LoginStep, HydrusTypes.StringSplitter, HydrusTypes.StringJoiner, HydrusTypes.UrlClassParameter,
        HydrusTypes.NestedFormula, HydrusTypes.SubsidiaryPageParser,
    ];

    public static TheoryData<int> TypesWithUpgrades() => new(TypeIdsWithUpgrades);

    [Theory]
    [MemberData(nameof(TypesWithUpgrades))]
    public void Every_version_below_the_current_one_has_a_step(int typeId)
    {
        var current = UpgradeTypeCatalog.Require(typeId).CurrentVersion;
        for (var version = 1; version < current; version++)
        {
            UpgradeRegistry.TryGet(typeId, version, out _).ShouldBeTrue($"type {typeId} has no step from version {version}");
        }
    }

    [Fact]
    public void Every_step_upgrades_from_below_its_types_current_version() =>
        UpgradeRegistry.All.ShouldAllBe(step => step.FromVersion >= 1 && step.FromVersion < UpgradeTypeCatalog.Require(step.TypeId).CurrentVersion);

    [Fact]
    public void Steps_exist_only_for_the_listed_types() =>
        UpgradeRegistry.All.Select(step => step.TypeId).Distinct().Order()
            .ShouldBe(TypeIdsWithUpgrades.Order());

    [Fact]
    public void The_current_version_is_returned_unchanged()
    {
        var info = System.Text.Json.Nodes.JsonNode.Parse("""[3, "", null, null, "x"]""");
        TupleUpgrader.Upgrade(HydrusTypes.StringMatch, 1, info, TestKeys.Context()).ShouldBeSameAs(info);
    }
}
