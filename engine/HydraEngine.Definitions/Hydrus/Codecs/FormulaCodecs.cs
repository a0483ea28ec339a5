using System.Text.Json.Nodes;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>Parse Formula HTML (27): <c>(rules, content_to_fetch, attribute_to_fetch, name, processor)</c>.</summary>
internal sealed class HtmlFormulaCodec : HydrusCodec<HtmlFormula>
{
    public override int TypeId => HydrusTypes.HtmlFormula;

    protected override HtmlFormula ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(5, "an HTML formula");
        return new HtmlFormula(
            info[0].ObjectList<HtmlParseRule>("the tag rules"),
            info[1].Enum<HtmlContentToFetch>("the content to fetch"),
            info[2].String("the attribute to fetch"),
            info[3].String("the name"),
            info[4].Object("the processor", StringProcessor.Empty));
    }

    protected override JsonNode? Write(HtmlFormula value, HydrusWriter writer) =>
        new JsonArray(writer.WriteList(value.Rules), (int)value.ContentToFetch, value.AttributeToFetch, value.Name, writer.Write(value.Processor));
}

/// <summary>Parse Rule HTML (62): <c>(rule_type, tag_name, attributes, index, depth, test_string, string_match)</c>.</summary>
internal sealed class HtmlParseRuleCodec : HydrusCodec<HtmlParseRule>
{
    public override int TypeId => HydrusTypes.HtmlParseRule;

    protected override HtmlParseRule ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(7, "an HTML parse rule");
        return new HtmlParseRule(
            info[0].Enum<HtmlRuleType>("the rule type"),
            info[1].NullableString("the tag name"),
            info[2].IsNull ? (EquatableArray<KeyValuePair<string, string>>?)null : info[2].StringMap("the tag attributes"),
            info[3].NullableInt32("the tag index"),
            info[4].NullableInt32("the tag depth"),
            info[5].Bool("should test tag string"),
            info[6].Object("the tag string match", StringMatch.Any));
    }

    protected override JsonNode? Write(HtmlParseRule value, HydrusWriter writer) =>
        new JsonArray((int)value.RuleType, value.TagName, value.TagAttributes is { } attributes ? HydrusWriter.StringMap(attributes) : null, value.TagIndex, value.TagDepth, value.ShouldTestTagString, writer.Write(value.TagStringMatch));
}

/// <summary>Parse Formula Zipper (59): <c>(formulae, substitution_phrase, name, processor)</c>.</summary>
internal sealed class ZipperFormulaCodec : HydrusCodec<ZipperFormula>
{
    public override int TypeId => HydrusTypes.ZipperFormula;

    protected override ZipperFormula ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(4, "a zipper formula");
        return new ZipperFormula(
            info[0].ObjectList<Formula>("the formulae"),
            info[1].String("the substitution phrase"),
            info[2].String("the name"),
            info[3].Object("the processor", StringProcessor.Empty));
    }

    protected override JsonNode? Write(ZipperFormula value, HydrusWriter writer) =>
        new JsonArray(writer.WriteList(value.Formulae), value.SubstitutionPhrase, value.Name, writer.Write(value.Processor));
}

/// <summary>Parse Formula Context Variable (60): <c>(variable_name, name, processor)</c>.</summary>
internal sealed class ContextVariableFormulaCodec : HydrusCodec<ContextVariableFormula>
{
    public override int TypeId => HydrusTypes.ContextVariableFormula;

    protected override ContextVariableFormula ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(3, "a context variable formula");
        return new ContextVariableFormula(info[0].String("the variable name"), info[1].String("the name"), info[2].Object("the processor", StringProcessor.Empty));
    }

    protected override JsonNode? Write(ContextVariableFormula value, HydrusWriter writer) =>
        new JsonArray(value.VariableName, value.Name, writer.Write(value.Processor));
}

/// <summary>Parse Formula Nested (133): <c>(main_formula, sub_formula, name, processor)</c>.</summary>
internal sealed class NestedFormulaCodec : HydrusCodec<NestedFormula>
{
    private static readonly Formula Placeholder = new StaticFormula("", 1, "", StringProcessor.Empty);

    public override int TypeId => HydrusTypes.NestedFormula;

    protected override NestedFormula ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(4, "a nested formula");
        return new NestedFormula(
            info[0].Object("the main formula", Placeholder),
            info[1].Object("the sub formula", Placeholder),
            info[2].String("the name"),
            info[3].Object("the processor", StringProcessor.Empty));
    }

    protected override JsonNode? Write(NestedFormula value, HydrusWriter writer) =>
        new JsonArray(writer.Write(value.Main), writer.Write(value.Sub), value.Name, writer.Write(value.Processor));
}

/// <summary>Parse Formula Static (136): <c>(static_text, num_to_do, name, processor)</c>.</summary>
internal sealed class StaticFormulaCodec : HydrusCodec<StaticFormula>
{
    public override int TypeId => HydrusTypes.StaticFormula;

    protected override StaticFormula ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(4, "a static formula");
        return new StaticFormula(info[0].String("the static text"), info[1].Int32("the count"), info[2].String("the name"), info[3].Object("the processor", StringProcessor.Empty));
    }

    protected override JsonNode? Write(StaticFormula value, HydrusWriter writer) =>
        new JsonArray(value.StaticText, value.Count, value.Name, writer.Write(value.Processor));
}

/// <summary>Parse Formula JSON (31): <c>(rules, content_to_fetch, name, processor)</c>, each rule <c>[type, param]</c>.</summary>
internal sealed class JsonFormulaCodec : HydrusCodec<JsonFormula>
{
    public override int TypeId => HydrusTypes.JsonFormula;

    protected override JsonFormula ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(4, "a JSON formula");
        var rules = new List<JsonParseRule>();
        foreach (var rule in info[0].Items("the JSON rules"))
        {
            if (rule.ExpectArray(2, "a JSON rule [type, param]") && ReadRule(rule[0].Int32("the rule type"), rule[1]) is { } parsed)
            {
                rules.Add(parsed);
            }
        }

        return new JsonFormula(
            new EquatableArray<JsonParseRule>(rules),
            info[1].Enum<JsonContentToFetch>("the content to fetch"),
            info[2].String("the name"),
            info[3].Object("the processor", StringProcessor.Empty));
    }

    protected override JsonNode? Write(JsonFormula value, HydrusWriter writer) =>
        new JsonArray(new JsonArray(value.Rules.Select(rule => WriteRule(rule, writer)).ToArray()), (int)value.ContentToFetch, value.Name, writer.Write(value.Processor));

    private static JsonParseRule? ReadRule(int type, HydrusNode param)
    {
        switch (type)
        {
            case 0: return new JsonDictionaryKey(param.Object("the key match", StringMatch.Any));
            case 1: return new JsonAllItems();
            case 2: return new JsonIndexedItem(param.Int64("the index"));
            case 3: return new JsonDeminify(param.Int64("the index"));
            case 4: return new JsonAscend(param.Int64("the number of levels"));
            case 5: return new JsonTestStringItems(param.Object("the string match", StringMatch.Any));
            default:
                param.Fail(Diagnostics.DiagnosticCodes.FieldValue, $"JSON rule type {type} is not one hydrus knows (0–5).");
                return null;
        }
    }

    private static JsonNode WriteRule(JsonParseRule rule, HydrusWriter writer) => rule switch
    {
        JsonDictionaryKey r => new JsonArray(0, writer.Write(r.KeyMatch)),
        JsonAllItems => new JsonArray(1, null),
        JsonIndexedItem r => new JsonArray(2, r.Index),
        JsonDeminify r => new JsonArray(3, r.Index),
        JsonAscend r => new JsonArray(4, r.Levels),
        JsonTestStringItems r => new JsonArray(5, writer.Write(r.Match)),
        _ => throw new InvalidOperationException($"{rule.GetType().Name} has no hydrus form."),
    };
}
