using System.Text.Json.Nodes;
using HydraEngine.Model.Text;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>
/// v13 stores url components encoded. The parameters (<c>[name, [match, default]]</c>) become a List
/// of URL Class Parameter objects (not ephemeral, empty String Processor) whose name and default are
/// parameter-encoded; path components keep their layout with their default path-encoded. In both, a
/// FIXED String Match has its value and example encoded the same way.
/// </summary>
internal sealed class UrlClassV12ToV13 : IUpgradeStep
{
    private const int PathComponentsField = 5;
    private const int ParametersField = 6;
    private const int StringMatchFixed = 0;

    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 12;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 17, "the URL class v12 info");

        var parameters = UpgradeJson.TakeAll(UpgradeJson.Array(fields[ParametersField], "the parameters"));
        fields[ParametersField] = DefaultTuples.List(parameters.Select(parameter => ToParameterObject(parameter, context)));

        foreach (var component in UpgradeJson.Array(fields[PathComponentsField], "the path components"))
        {
            var pair = UpgradeJson.Array(component, 2, "each path component (match, default)");
            pair[0] = EncodeFixedMatch(UpgradeJson.Take(pair, 0), PercentEncoding.EnsurePathComponentEncoded, context);
            pair[1] = EncodeOptional(pair[1], PercentEncoding.EnsurePathComponentEncoded, "a path component default");
        }

        return fields;
    }

    private static JsonNode ToParameterObject(JsonNode? stored, UpgradeContext context)
    {
        var parameter = UpgradeJson.TakeAll(UpgradeJson.Array(stored, 2, "each parameter (name, (match, default))"));
        var matchAndDefault = UpgradeJson.TakeAll(UpgradeJson.Array(parameter[1], 2, "a parameter's (match, default)"));

        var name = PercentEncoding.EnsureParameterComponentEncoded(UpgradeJson.Text(parameter[0], "a parameter name"));
        var match = EncodeFixedMatch(matchAndDefault[0], PercentEncoding.EnsureParameterComponentEncoded, context);
        var defaultValue = EncodeOptional(matchAndDefault[1], PercentEncoding.EnsureParameterComponentEncoded, "a parameter default");

        var parameterInfo = new JsonArray(name, match, false, defaultValue, DefaultTuples.Processor());
        return new JsonArray(HydrusTypes.UrlClassParameter, 2, parameterInfo);
    }

    private static JsonArray EncodeFixedMatch(JsonNode? stringMatch, Func<string, string> encode, UpgradeContext context)
    {
        var match = UpgradeJson.RequireType(context.UpgradeChild(stringMatch), HydrusTypes.StringMatch, "a component's String Match");
        var matchInfo = UpgradeJson.Array(match[^1], 5, "the String Match info");
        if (PythonValues.EqualsInteger(matchInfo[0], StringMatchFixed))
        {
            matchInfo[1] = encode(UpgradeJson.Text(matchInfo[1], "a FIXED match value"));
            matchInfo[4] = encode(UpgradeJson.Text(matchInfo[4], "a FIXED match example"));
        }

        return match;
    }

    private static JsonNode? EncodeOptional(JsonNode? value, Func<string, string> encode, string what) =>
        value is null ? null : encode(UpgradeJson.Text(value, what));
}
