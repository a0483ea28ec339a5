using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v5 adds <c>content_to_fetch</c> before the attribute: a null attribute meant "the string"
/// (content 1, attribute ""), any other attribute means "an attribute" (content 0).</summary>
internal sealed class HtmlFormulaV4ToV5 : IUpgradeStep
{
    private const int ContentAttribute = 0;
    private const int ContentString = 1;

    public int TypeId => HydrusTypes.HtmlFormula;

    public int FromVersion => 4;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 4, "the info (tag rules, attribute, match, converter)");
        if (fields[1] is null)
        {
            fields[1] = "";
            fields.Insert(1, ContentString);
        }
        else
        {
            fields.Insert(1, ContentAttribute);
        }

        return fields;
    }
}
