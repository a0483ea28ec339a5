using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Documents.Soup;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Parsing.Formulae.Html;

namespace HydraEngine.Parsing.Tracing;

/// <summary>A suggested HTML formula and how well it reaches the wanted values (found of wanted, plus values nobody asked for).</summary>
public sealed record SuggestedFormula(HtmlFormula Formula, int Found, int Wanted, int Extra);

/// <summary>
/// Repair help: HTML formulae that reach, in a (new) document, the values a rule yielded before (in the old one). Each
/// element whose string or href/src attribute is a wanted value proposes a chain (its nearest ancestor with an id or class,
/// then the element by tag and class); every chain is run by the formula engine and ranked by what it yields.
/// </summary>
public sealed class RuleSuggester(FormulaEngine? engine = null)
{
    private const int MaxSuggestions = 5;
    private static readonly string[] UrlAttributes = ["href", "src"];
    private readonly FormulaEngine formulae = engine ?? FormulaEngine.Default;

    public IReadOnlyList<SuggestedFormula> Suggest(string html, IReadOnlyList<string> wanted)
    {
        var document = new ParseDocument(html);
        var index = document.HtmlIndex;
        var wantedSet = wanted.Where(value => value.Length > 0).ToHashSet(StringComparer.Ordinal);
        var candidates = new HashSet<HtmlFormula>();
        for (var position = 0; position < index.Count && candidates.Count < 50; position++)
        {
            if (ChildElementCount(index, position) <= 3 && wantedSet.Contains(HtmlTagString.Of(index.Tree, index.NodeOf(position)).Trim()))
            {
                candidates.Add(Chain(index, position, HtmlContentToFetch.String, ""));
            }

            foreach (var attribute in UrlAttributes)
            {
                if (HtmlAttributes.Fetch(index.Tree, index.NodeOf(position), attribute) is { } value && wantedSet.Any(want => want == value || want.EndsWith(value, StringComparison.Ordinal)))
                {
                    candidates.Add(Chain(index, position, HtmlContentToFetch.Attribute, attribute));
                }
            }
        }

        var context = new ParsingContext([]);
        return candidates
            .Select(formula => Score(formula, formulae.Parse(formula, document, context, collapseNewlines: true), wantedSet))
            .Where(suggestion => suggestion.Found > 0)
            .OrderByDescending(suggestion => suggestion.Found).ThenBy(suggestion => suggestion.Extra).ThenBy(suggestion => suggestion.Formula.Rules.Count)
            .Take(MaxSuggestions)
            .ToList();
    }

    private static SuggestedFormula Score(HtmlFormula formula, IReadOnlyList<string> yielded, HashSet<string> wanted)
    {
        var found = wanted.Count(want => yielded.Any(value => value == want || want.EndsWith(value, StringComparison.Ordinal)));
        return new SuggestedFormula(formula, found, wanted.Count, yielded.Count(value => !wanted.Any(want => want == value || want.EndsWith(value, StringComparison.Ordinal))));
    }

    private static HtmlFormula Chain(HtmlIndex index, int element, HtmlContentToFetch fetch, string attribute)
    {
        var rules = new List<HtmlParseRule>();
        var anchor = Anchor(index, element);
        if (anchor >= 0)
        {
            rules.Add(Rule(index, anchor));
        }

        rules.Add(Rule(index, element, keepIdentity: anchor < 0));
        return new HtmlFormula([.. rules], fetch, attribute, "", StringProcessor.Empty);
    }

    private static int ChildElementCount(HtmlIndex index, int element)
    {
        var count = 0;
        for (var child = index.FirstChild(element); child >= 0 && count <= 3; child = index.NextSibling(child))
        {
            count++;
        }

        return count;
    }

    /// <summary>The nearest ancestor (up to four levels) that an id or class names, or -1.</summary>
    private static int Anchor(HtmlIndex index, int element)
    {
        var current = index.Parent(element);
        for (var level = 0; current >= 0 && level < 4; level++, current = index.Parent(current))
        {
            if (index.Tree.Attribute(index.NodeOf(current), "id") is { Length: > 0 } || HtmlAttributes.Fetch(index.Tree, index.NodeOf(current), "class") is { Length: > 0 })
            {
                return current;
            }
        }

        return -1;
    }

    private static HtmlParseRule Rule(HtmlIndex index, int element, bool keepIdentity = true)
    {
        var tree = index.Tree;
        var node = index.NodeOf(element);
        KeyValuePair<string, string>[] attributes = tree.Attribute(node, "id") is { Length: > 0 } id && keepIdentity ? [new("id", id)]
            : tree.Attribute(node, "class") is { Length: > 0 } classes ? [new("class", classes)]
            : [];
        return new HtmlParseRule(HtmlRuleType.Descending, tree.Name(node), new EquatableArray<KeyValuePair<string, string>>([.. attributes]), null, null, false, StringMatch.Any);
    }
}
