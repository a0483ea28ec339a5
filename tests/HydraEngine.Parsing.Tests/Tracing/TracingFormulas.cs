using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;

namespace HydraEngine.Parsing.Tests.Tracing;

/// <summary>Formulae built in code for the tracing tests.</summary>
internal static class TracingFormulas
{
    public static HtmlParseRule Down(string tag, string? attribute = null, string? value = null) =>
        new(HtmlRuleType.Descending, tag, new EquatableArray<KeyValuePair<string, string>>(attribute is null ? [] : [new(attribute, value!)]), null, null, false, StringMatch.Any);

    public static HtmlFormula Html(params HtmlParseRule[] rules) => new([.. rules], HtmlContentToFetch.String, "", "", StringProcessor.Empty);

    public static JsonFormula Json(params string[] keys) =>
        new([.. keys.Select(key => key == "*" ? (JsonParseRule)new JsonAllItems() : new JsonDictionaryKey(new StringMatch(StringMatchType.Fixed, key, null, null, key)))], JsonContentToFetch.String, "", StringProcessor.Empty);
}
