using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>
/// v3 replaces <c>(cull_front, cull_back, prepend, append)</c> with a String Converter (example
/// "parsed information"): a positive front count clips from the beginning (6), a negative one removes
/// from the end (1); a positive back count clips from the end (7), a negative one removes from the
/// beginning (0); then prepend (2) and append (3) when not "". Counts are kept as stored.
/// </summary>
internal sealed class HtmlFormulaV2ToV3 : IUpgradeStep
{
    private const int RemoveFromBeginning = 0;
    private const int RemoveFromEnd = 1;
    private const int PrependText = 2;
    private const int AppendText = 3;
    private const int ClipFromBeginning = 6;
    private const int ClipFromEnd = 7;

    public int TypeId => HydrusTypes.HtmlFormula;

    public int FromVersion => 2;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 3, "the info (tag rules, attribute, culling and adding)");
        var culling = UpgradeJson.TakeAll(UpgradeJson.Array(fields[2], 4, "the culling and adding (cull front, cull back, prepend, append)"));
        var (cullFront, cullBack, prepend, append) = (culling[0], culling[1], culling[2], culling[3]);

        var conversions = new JsonArray();
        AddCount(conversions, cullFront, "the front cull", ClipFromBeginning, RemoveFromEnd);
        AddCount(conversions, cullBack, "the back cull", ClipFromEnd, RemoveFromBeginning);
        AddText(conversions, prepend, PrependText);
        AddText(conversions, append, AppendText);

        fields[2] = DefaultTuples.Converter(conversions, "parsed information");
        return fields;
    }

    private static void AddCount(JsonArray conversions, JsonNode? count, string what, int whenPositive, int whenNegative)
    {
        var sign = PythonValues.SignOf(count, what);
        if (sign != 0)
        {
            conversions.Add(new JsonArray(sign > 0 ? whenPositive : whenNegative, count));
        }
    }

    private static void AddText(JsonArray conversions, JsonNode? text, int conversionType)
    {
        if (!PythonValues.IsEmptyString(text))
        {
            conversions.Add(new JsonArray(conversionType, text));
        }
    }
}
