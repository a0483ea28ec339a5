using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>
/// Old formulae kept a String Match and a String Converter; newer ones keep a String Processor.
/// Hydrus loads both (upgrading them) and keeps, in that order, those that make changes.
/// </summary>
internal static class LegacyProcessor
{
    /// <summary>Replaces the trailing <c>(match, converter)</c> fields of a formula info by one processor field.</summary>
    public static JsonArray ReplaceTrailingMatchAndConverter(JsonArray fields, UpgradeContext context)
    {
        var converter = UpgradeJson.Take(fields, fields.Count - 1);
        var match = UpgradeJson.Take(fields, fields.Count - 2);
        fields.RemoveAt(fields.Count - 1);
        fields[^1] = FromMatchAndConverter(match, converter, context);
        return fields;
    }

    public static JsonArray FromMatchAndConverter(JsonNode? stringMatch, JsonNode? stringConverter, UpgradeContext context)
    {
        var match = UpgradeJson.RequireType(context.UpgradeChild(stringMatch), HydrusTypes.StringMatch, "the String Match");
        var converter = UpgradeJson.RequireType(context.UpgradeChild(stringConverter), HydrusTypes.StringConverter, "the String Converter");

        var steps = new List<JsonNode>(2);
        if (StepChanges.StringMatchMakesChanges(match))
        {
            steps.Add(match);
        }

        if (StepChanges.ConverterMakesChanges(converter))
        {
            steps.Add(converter);
        }

        return DefaultTuples.Processor([.. steps]);
    }
}
