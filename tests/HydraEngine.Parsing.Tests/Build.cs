using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;

namespace HydraEngine.Parsing.Tests;

/// <summary>Short builders for formulae in tests, and the documents of spec/test-vectors.md.</summary>
internal static class Build
{
    public const string D1 = "<html><head><title>My &amp; Title</title></head><body><div class=\"thumb\" data-id=\"1\"><a href=\"/post/1?x=1\"><img src=\"//cdn.example.com/t/1.jpg\" alt=\"a b\"></a><span class=\"tag\">Blue Eyes</span><span class=\"tag\">creator:Bob</span></div><div class=\"thumb extra\" data-id=\"2\"><a href=\"https://example.com/post/2\">two</a><span class=\"tag\">red_hair</span></div><div id=\"desc\">Line one<br>Line two<p>Para</p>  tail </div><a class=\"next\" href=\"?page=2\">next</a><div class=\"\" id=\"e1\">x</div><div id=\"e2\">y</div></body></html>";

    public const string D2 = "{\"posts\": [{\"id\": 1, \"file\": {\"url\": \"https://cdn.example.com/a.png\", \"md5\": \"d41d8cd98f00b204e9800998ecf8427e\"}, \"tags\": {\"general\": [\"blue eyes\", \"smile\"], \"artist\": [\"bob\"]}, \"score\": 1.5, \"deleted\": false, \"parent\": null}, {\"id\": 2, \"file\": {\"url\": null}, \"tags\": {\"general\": [], \"artist\": []}, \"score\": 10, \"deleted\": true, \"parent\": 1}], \"big\": 1e+20, \"tiny\": 1.5e-07, \"two\": 2.0, \"k\": {\"z10\": \"Z10\", \"z9\": \"Z9\", \"Z1\": \"cap\"}}";

    public static HtmlParseRule Rule(HtmlRuleType type, string? name, params (string Key, string Value)[] attributes) =>
        new(type, name, attributes.Select(pair => new KeyValuePair<string, string>(pair.Key, pair.Value)).ToArray(), null, null, false, StringMatch.Any);

    public static HtmlParseRule Down(string? name, params (string Key, string Value)[] attributes) => Rule(HtmlRuleType.Descending, name, attributes);

    public static HtmlFormula HtmlOf(HtmlContentToFetch content, string attribute, params HtmlParseRule[] rules) =>
        new(rules, content, attribute, "", StringProcessor.Empty);

    public static JsonDictionaryKey Key(string key) => new(new StringMatch(StringMatchType.Fixed, key, null, null, key));

    public static JsonFormula JsonOf(JsonContentToFetch content, params JsonParseRule[] rules) => new(rules, content, "", StringProcessor.Empty);

    public static IReadOnlyList<string> Run(Formula formula, string document, bool collapse = true, ParsingContext? context = null) =>
        FormulaEngine.Default.Parse(formula, new ParseDocument(document), context ?? new ParsingContext(), collapse);
}
