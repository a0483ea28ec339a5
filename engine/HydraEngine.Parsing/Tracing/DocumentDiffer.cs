using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;

namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// Repair help: what changed between a saved (old) document and the current (new) one around the first rule of a
/// formula that reaches nothing in the new one. HTML: the element path of what that rule reached in the old document,
/// followed down the new one (<see cref="HtmlPathDiff"/>). JSON: the rules level by level, with how many nodes each
/// reaches in both, and the keys added and removed where the failing rule looks.
/// </summary>
public sealed class DocumentDiffer(FormulaEngine? engine = null)
{
    private readonly FormulaEngine formulae = engine ?? FormulaEngine.Default;

    /// <param name="pointer">The formula's JSON Pointer (the failing rule is named under it).</param>
    public DocumentDiff Diff(Formula formula, string oldText, string newText, string pointer) => formula switch
    {
        HtmlFormula html => DiffHtml(html, new ParseDocument(oldText), new ParseDocument(newText), pointer),
        JsonFormula json => DiffJson(json, new ParseDocument(oldText), new ParseDocument(newText), pointer),
        _ => throw new ArgumentException($"a {formula.GetType().Name} has no rules to follow; diff its HTML or JSON sub-formula", nameof(formula)),
    };

    private static DocumentDiff DiffHtml(HtmlFormula formula, ParseDocument old, ParseDocument now, string pointer)
    {
        if (formula.Rules.Count == 0)
        {
            return new DocumentDiff("html", null, null, "", "", []);
        }

        var failing = HtmlReach.FirstEmpty(formula, now);
        var target = HtmlReach.Elements(formula, old, failing + 1).Concat(HtmlReach.Elements(formula, old, failing)).Select(element => (HtmlElementView?)element).FirstOrDefault();
        var (oldPath, newPath, levels) = target is null ? ("", "", []) : HtmlPathDiff.Compare(target.Value, now.HtmlIndex);
        return new DocumentDiff("html", $"{pointer}/rules/{failing}", FormulaTracer.Describe(formula.Rules[failing]), oldPath, newPath, levels);
    }

    private DocumentDiff DiffJson(JsonFormula formula, ParseDocument old, ParseDocument now, string pointer)
    {
        if (formula.Rules.Count == 0)
        {
            return new DocumentDiff("json", null, null, "", "", []);
        }

        var levels = new List<DiffLevel>();
        var failing = formula.Rules.Count - 1;
        for (var count = 1; count <= formula.Rules.Count; count++)
        {
            var label = FormulaTracer.Describe(formula.Rules[count - 1]);
            var (before, after) = (Reached(formula, old, count), Reached(formula, now, count));
            var empty = after.Count == 0;
            var changes = empty ? Keys(Reached(formula, old, count - 1).FirstOrDefault(), Reached(formula, now, count - 1).FirstOrDefault()) : [];
            levels.Add(new DiffLevel($"{label} ({before.Count})", $"{label} ({after.Count})", changes, [], []));
            if (empty)
            {
                failing = count - 1;
                break;
            }
        }

        var path = string.Join(" > ", formula.Rules.Take(failing + 1).Select(FormulaTracer.Describe));
        var reachedNow = levels[^1].New!.EndsWith("(0)", StringComparison.Ordinal) ? " (nothing)" : "";
        return new DocumentDiff("json", $"{pointer}/rules/{failing}", FormulaTracer.Describe(formula.Rules[failing]), path, path + reachedNow, levels);
    }

    private List<JsonNode?> Reached(JsonFormula formula, ParseDocument document, int ruleCount)
    {
        var prefix = new JsonFormula([.. formula.Rules.Take(ruleCount)], JsonContentToFetch.Json, "", StringProcessor.Empty);
        try
        {
            return formulae.Parse(prefix, document, new ParsingContext([]), collapseNewlines: false).Select(text => (JsonNode?)JsonChains.ParseValue(text)).ToList();
        }
        catch (ParseException)
        {
            return [];
        }
    }

    /// <summary>What the failing rule looked at: keys removed and added (or a change of kind) between the old and new node.</summary>
    private static List<string> Keys(JsonNode? old, JsonNode? now)
    {
        if (old is JsonObject before && now is JsonObject after)
        {
            return before.Select(pair => pair.Key).Except(after.Select(pair => pair.Key)).Select(key => $"key removed \"{key}\"")
                .Concat(after.Select(pair => pair.Key).Except(before.Select(pair => pair.Key)).Select(key => $"key added \"{key}\""))
                .Take(16).ToList();
        }

        return (Kind(old), Kind(now)) is var (was, @is) && was != @is ? [$"was {was}, now {@is}"] : [];
    }

    private static string Kind(JsonNode? node) => node switch
    {
        null => "nothing",
        JsonObject => "an object",
        JsonArray list => $"a list of {list.Count}",
        _ => "a value",
    };
}
