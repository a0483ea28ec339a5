using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Parsing.Formulae.Html;

namespace HydraEngine.Parsing.Tracing;

/// <summary>A suggested HTML or JSON formula and how well it reaches the wanted values (found of wanted, plus values nobody asked for).</summary>
public sealed record SuggestedFormula(Formula Formula, int Found, int Wanted, int Extra);

/// <summary>
/// Repair help: formulae that reach, in a (new) document, the values a rule yielded before (in the old one). In HTML,
/// each element whose string or href/src attribute is a wanted value proposes a chain (its nearest ancestor with an id
/// or class, then the element by tag and class); in JSON, each scalar that is a wanted value proposes its key path, as
/// it is and with every list index as "all items". Every chain is run by the formula engine and ranked by what it yields.
/// </summary>
public sealed class RuleSuggester(FormulaEngine? engine = null)
{
    private const int MaxSuggestions = 5;
    private const int MaxCandidates = 50;
    private readonly FormulaEngine formulae = engine ?? FormulaEngine.Default;

    public IReadOnlyList<SuggestedFormula> Suggest(string text, IReadOnlyList<string> wanted)
    {
        var document = new ParseDocument(text);
        var wantedSet = wanted.Where(value => value.Length > 0).ToHashSet(StringComparer.Ordinal);
        var candidates = JsonChains.Parse(text) is { } json ? JsonCandidates(json, wantedSet) : HtmlCandidates(document, wantedSet);
        var context = new ParsingContext([]);
        return candidates
            .Select(formula => Score(formula, formulae.Parse(formula, document, context, collapseNewlines: true), wantedSet))
            .Where(suggestion => suggestion.Found > 0)
            .OrderByDescending(suggestion => suggestion.Found).ThenBy(suggestion => suggestion.Extra).ThenBy(suggestion => Length(suggestion.Formula))
            .Take(MaxSuggestions)
            .ToList();
    }

    private static HashSet<Formula> HtmlCandidates(ParseDocument document, HashSet<string> wanted)
    {
        var index = document.HtmlIndex;
        var candidates = new HashSet<Formula>();
        for (var position = 0; position < index.Count && candidates.Count < MaxCandidates; position++)
        {
            var element = new HtmlElementView(index, position);
            if (element.Children.Count <= 3 && wanted.Contains(HtmlTagString.Of(index.Tree, element.Node).Trim()))
            {
                candidates.Add(HtmlChains.Chain(element, HtmlContentToFetch.String, ""));
            }

            foreach (var attribute in HtmlChains.FetchedAttributes)
            {
                if (HtmlAttributes.Fetch(index.Tree, element.Node, attribute) is { } value && wanted.Any(want => Reaches(want, value)))
                {
                    candidates.Add(HtmlChains.Chain(element, HtmlContentToFetch.Attribute, attribute));
                }
            }
        }

        return candidates;
    }

    private static HashSet<Formula> JsonCandidates(System.Text.Json.Nodes.JsonNode root, HashSet<string> wanted)
    {
        var candidates = new HashSet<Formula>();
        foreach (var (path, _) in JsonChains.Scalars(root, []).Where(scalar => wanted.Contains(scalar.Text)).Take(MaxCandidates))
        {
            candidates.Add(JsonChains.Chain(path, everyIndex: false, JsonContentToFetch.String));
            candidates.Add(JsonChains.Chain(path, everyIndex: true, JsonContentToFetch.String));
        }

        return candidates;
    }

    private static int Length(Formula formula) => formula switch
    {
        HtmlFormula html => html.Rules.Count,
        JsonFormula json => json.Rules.Count,
        _ => 0,
    };

    /// <summary>A yielded value reaches a wanted one when it is it, or its end (a relative link the parser made absolute).</summary>
    private static bool Reaches(string want, string value) => want == value || want.EndsWith(value, StringComparison.Ordinal);

    private static SuggestedFormula Score(Formula formula, IReadOnlyList<string> yielded, HashSet<string> wanted)
    {
        var found = wanted.Count(want => yielded.Any(value => Reaches(want, value)));
        return new SuggestedFormula(formula, found, wanted.Count, yielded.Count(value => !wanted.Any(want => Reaches(want, value))));
    }
}
