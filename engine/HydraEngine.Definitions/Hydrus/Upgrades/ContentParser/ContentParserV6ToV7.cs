using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.ContentParser;

/// <summary>Tag parsers: an empty namespace "" becomes null ("any namespace, as parsed").</summary>
internal sealed class ContentParserV6ToV7 : IUpgradeStep
{
    public int TypeId => HydrusTypes.ContentParser;

    public int FromVersion => 6;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 4, "the info (name, content type, formula, additional info)");
        if (PythonValues.EqualsInteger(fields[1], ContentTypes.Mappings) && PythonValues.IsEmptyString(fields[3]))
        {
            fields[3] = null;
        }

        return fields;
    }
}
