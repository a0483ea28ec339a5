using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.ContentParser;

/// <summary>
/// v6 drops the content parser's sort fields; when a sort was set (sort type ≠ 0) it becomes a String
/// Sorter <c>(sort_type, sort_asc, null)</c> appended as the last step of the formula's processor.
/// </summary>
internal sealed class ContentParserV5ToV6 : IUpgradeStep
{
    public int TypeId => HydrusTypes.ContentParser;

    public int FromVersion => 5;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 6, "the info (name, content type, formula, sort type, sort ascending, additional info)");
        var sortAscending = UpgradeJson.Take(fields, 4);
        var sortType = UpgradeJson.Take(fields, 3);
        fields.RemoveAt(4);
        fields.RemoveAt(3);

        if (!PythonValues.EqualsInteger(sortType, 0))
        {
            var formula = context.UpgradeChild(UpgradeJson.Take(fields, 2));
            AppendToProcessor(formula, DefaultTuples.StringSorter(sortType, sortAscending), context);
            fields[2] = formula;
        }

        return fields;
    }

    /// <summary>Every formula keeps its String Processor as the last info field.</summary>
    private static void AppendToProcessor(JsonArray formula, JsonArray step, UpgradeContext context)
    {
        var formulaInfo = UpgradeJson.Array(formula[^1], "the formula info");
        if (formulaInfo.Count == 0)
        {
            throw new UpgradeException("expected the formula info to end with a String Processor, but it was empty");
        }

        var processor = UpgradeJson.RequireType(
            context.UpgradeChild(UpgradeJson.Take(formulaInfo, formulaInfo.Count - 1)), HydrusTypes.StringProcessor, "the formula's last field");

        var stepList = context.UpgradeChild(UpgradeJson.Take(processor, processor.Count - 1));
        UpgradeJson.Array(stepList[^1], "the processor's steps").Add(DefaultTuples.SerialisableMeta(step));
        processor[^1] = stepList;
        formulaInfo[^1] = processor;
    }
}
