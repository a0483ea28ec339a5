using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>
/// v6 gives path components and parameters default values. The path components (a List of String
/// Matches) become an array of <c>[match, null]</c>; the parameters (a Dictionary name → String Match)
/// become an array of <c>[name, [match, null]]</c> in dictionary order.
/// </summary>
internal sealed class UrlClassV5ToV6 : IUpgradeStep
{
    private const int PathComponentsField = 6;
    private const int ParametersField = 7;

    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 5;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 15, "the URL class v5 info");

        var pathMatches = ContainerItems.ListObjects(UpgradeJson.Take(fields, PathComponentsField), context, "the path components");
        fields[PathComponentsField] = new JsonArray(pathMatches.Select(match => (JsonNode?)new JsonArray(match, null)).ToArray());

        var parameters = ContainerItems.DictionaryPairs(UpgradeJson.Take(fields, ParametersField), context, "the parameters");
        fields[ParametersField] = new JsonArray(parameters.Select(ToParameter).ToArray());
        return fields;
    }

    private static JsonNode? ToParameter(ContainerItems.MetaPair pair)
    {
        var name = ContainerItems.PlainValue(pair.Key, "a parameter name");
        var match = ContainerItems.SerialisableValue(pair.Value, "a parameter's String Match");
        return new JsonArray(name, new JsonArray(match, null));
    }
}
