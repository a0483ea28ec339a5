using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.ContentParser;

/// <summary>
/// Veto parsers only: <c>(veto_if_found, match_if_text_present, search_text)</c> becomes
/// <c>(veto_if_found, string_match)</c>, the match being a REGEX of the search text when
/// <c>match_if_text_present</c> (Python truthiness), else ANY.
/// </summary>
internal sealed class ContentParserV1ToV2 : IUpgradeStep
{
    private const int StringMatchRegex = 2;

    public int TypeId => HydrusTypes.ContentParser;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 4, "the info (name, content type, formula, additional info)");
        if (!PythonValues.EqualsInteger(fields[1], ContentTypes.Veto))
        {
            return fields;
        }

        var veto = UpgradeJson.TakeAll(UpgradeJson.Array(fields[3], 3, "the veto info (veto if found, match if text present, search text)"));
        var searchText = veto[2];
        var match = PythonValues.IsTruthy(veto[1])
            ? DefaultTuples.StringMatch(StringMatchRegex, searchText, searchText?.DeepClone())
            : DefaultTuples.AnyStringMatch();
        fields[3] = new JsonArray(veto[0], match);
        return fields;
    }
}
