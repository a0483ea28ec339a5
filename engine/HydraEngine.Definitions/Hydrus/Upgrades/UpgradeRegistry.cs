using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using HydraEngine.Definitions.Hydrus.Upgrades.Containers;
using HydraEngine.Definitions.Hydrus.Upgrades.ContentParser;
using HydraEngine.Definitions.Hydrus.Upgrades.Formulae;
using HydraEngine.Definitions.Hydrus.Upgrades.Login;
using HydraEngine.Definitions.Hydrus.Upgrades.Networking;
using HydraEngine.Definitions.Hydrus.Upgrades.PageParser;
using HydraEngine.Definitions.Hydrus.Upgrades.Strings;
using HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>Every hydrus upgrade step HydraEngine knows (serialisation.md §6), keyed by type id and
/// the version it upgrades from. Built once.</summary>
internal static class UpgradeRegistry
{
    private static readonly FrozenDictionary<(int TypeId, int FromVersion), IUpgradeStep> Steps =
        CreateSteps().ToFrozenDictionary(step => (step.TypeId, step.FromVersion));

    /// <summary>All registered steps (for coverage checks).</summary>
    public static IEnumerable<IUpgradeStep> All => Steps.Values;

    public static bool TryGet(int typeId, int fromVersion, [MaybeNullWhen(false)] out IUpgradeStep step) =>
        Steps.TryGetValue((typeId, fromVersion), out step);

    private static IUpgradeStep[] CreateSteps() =>
    [
        new SerialisableListV1ToV2(),
        new SerialisableListV2ToV3(),
        new SerialisableDictionaryV1ToV2(),

        new StringConverterV1ToV2(),
        new StringSplitterV1ToV2(),
        new StringJoinerV1ToV2(),

        new HtmlParseRuleV1ToV2(),
        new HtmlParseRuleV2ToV3(),
        new HtmlFormulaV1ToV2(),
        new HtmlFormulaV2ToV3(),
        new HtmlFormulaV3ToV4(),
        new HtmlFormulaV4ToV5(),
        new HtmlFormulaV5ToV6(),
        new HtmlFormulaV6ToV7(),
        new HtmlFormulaV7ToV8(),
        new JsonFormulaV1ToV2(),
        new JsonFormulaV2ToV3(),
        new JsonFormulaV3ToV4(),
        new ZipperFormulaV1ToV2(),
        new ZipperFormulaV2ToV3(),
        new ContextVariableFormulaV1ToV2(),
        new ContextVariableFormulaV2ToV3(),
        new NestedFormulaV1ToV2(),

        new ContentParserV1ToV2(),
        new ContentParserV2ToV3(),
        new ContentParserV3ToV4(),
        new ContentParserV4ToV5(),
        new ContentParserV5ToV6(),
        new ContentParserV6ToV7(),

        new PageParserV1ToV2(),
        new PageParserV2ToV3(),
        new SubsidiaryPageParserV1ToV2(),

        new UrlClassV1ToV2(),
        new UrlClassV2ToV3(),
        new UrlClassV3ToV4(),
        new UrlClassV4ToV5(),
        new UrlClassV5ToV6(),
        new UrlClassV6ToV7(),
        new UrlClassV7ToV8(),
        new UrlClassV8ToV9(),
        new UrlClassV9ToV10(),
        new UrlClassV10ToV11(),
        new UrlClassV11ToV12(),
        new UrlClassV12ToV13(),
        new UrlClassV13ToV14(),
        new UrlClassV14ToV15(),
        new UrlClassParameterV1ToV2(),

        new LoginScriptV1ToV2(),
        new LoginStepV1ToV2(),

        new NetworkContextV1ToV2(),
    ];
}
