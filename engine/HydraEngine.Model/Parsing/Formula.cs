using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;

namespace HydraEngine.Model.Parsing;

/// <summary>
/// A parse formula: produces raw texts from a document, then runs its <see cref="Processor"/>.
/// New kinds (built-in or from plugins) derive from this record and register an evaluator.
/// </summary>
public abstract record Formula : Definition
{
    public abstract string Name { get; init; }

    public abstract StringProcessor Processor { get; init; }
}

public enum HtmlContentToFetch
{
    Attribute = 0,
    String = 1,
    Html = 2,
}

/// <summary>hydrus Parse Formula HTML (27).</summary>
public sealed record HtmlFormula(
    EquatableArray<HtmlParseRule> Rules,
    HtmlContentToFetch ContentToFetch,
    string AttributeToFetch,
    string Name,
    StringProcessor Processor) : Formula;

public enum HtmlRuleType
{
    Descending = 0,
    Ascending = 1,
    NextSiblings = 2,
    PreviousSiblings = 3,
}

/// <summary>hydrus Parse Rule HTML (62). <see cref="TagAttributes"/> keeps hydrus's key order; null (ascending rules) means none.</summary>
public sealed record HtmlParseRule(
    HtmlRuleType RuleType,
    string? TagName,
    EquatableArray<KeyValuePair<string, string>>? TagAttributes,
    int? TagIndex,
    int? TagDepth,
    bool ShouldTestTagString,
    StringMatch TagStringMatch) : Definition;

public enum JsonContentToFetch
{
    String = 0,
    Json = 1,
    DictionaryKeys = 2,
}

/// <summary>hydrus Parse Formula JSON (31).</summary>
public sealed record JsonFormula(
    EquatableArray<JsonParseRule> Rules,
    JsonContentToFetch ContentToFetch,
    string Name,
    StringProcessor Processor) : Formula;

/// <summary>One JSON parse rule (stored as <c>[type, param]</c>).</summary>
public abstract record JsonParseRule;

public sealed record JsonDictionaryKey(StringMatch KeyMatch) : JsonParseRule;

public sealed record JsonAllItems : JsonParseRule;

public sealed record JsonIndexedItem(long Index) : JsonParseRule;

public sealed record JsonDeminify(long Index) : JsonParseRule;

public sealed record JsonAscend(long Levels) : JsonParseRule;

public sealed record JsonTestStringItems(StringMatch Match) : JsonParseRule;

/// <summary>hydrus Parse Formula Zipper (59), formerly "compound": <c>\1</c>, <c>\2</c>… in the phrase.</summary>
public sealed record ZipperFormula(
    EquatableArray<Formula> Formulae,
    string SubstitutionPhrase,
    string Name,
    StringProcessor Processor) : Formula;

/// <summary>hydrus Parse Formula Context Variable (60).</summary>
public sealed record ContextVariableFormula(string VariableName, string Name, StringProcessor Processor) : Formula;

/// <summary>hydrus Parse Formula Nested (133): each result of the main formula is parsed by the sub formula.</summary>
public sealed record NestedFormula(Formula Main, Formula Sub, string Name, StringProcessor Processor) : Formula;

/// <summary>hydrus Parse Formula Static (136).</summary>
public sealed record StaticFormula(string StaticText, int Count, string Name, StringProcessor Processor) : Formula;
