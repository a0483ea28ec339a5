using AngleSharp.Dom;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Documents;
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
            var element = index.Element(position);
            if (element.ChildElementCount <= 3 && wantedSet.Contains(HtmlTagString.Of(element).Trim()))
            {
                candidates.Add(Chain(element, HtmlContentToFetch.String, ""));
            }

            foreach (var attribute in UrlAttributes)
            {
                if (HtmlAttributes.Fetch(element, attribute) is { } value && wantedSet.Any(want => want == value || want.EndsWith(value, StringComparison.Ordinal)))
                {
                    candidates.Add(Chain(element, HtmlContentToFetch.Attribute, attribute));
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

    private static HtmlFormula Chain(IElement element, HtmlContentToFetch fetch, string attribute)
    {
        var rules = new List<HtmlParseRule>();
        var anchor = Anchor(element);
        if (anchor is not null)
        {
            rules.Add(Rule(anchor));
        }

        rules.Add(Rule(element, keepIdentity: anchor is null));
        return new HtmlFormula([.. rules], fetch, attribute, "", StringProcessor.Empty);
    }

    /// <summary>The nearest ancestor (up to four levels) that an id or class names.</summary>
    private static IElement? Anchor(IElement element)
    {
        var current = element.ParentElement;
        for (var level = 0; current is not null && level < 4; level++, current = current.ParentElement)
        {
            if (current.Id is { Length: > 0 } || current.ClassList.Length > 0)
            {
                return current;
            }
        }

        return null;
    }

    private static HtmlParseRule Rule(IElement element, bool keepIdentity = true)
    {
        KeyValuePair<string, string>[] attributes = element.Id is { Length: > 0 } id && keepIdentity ? [new("id", id)]
            : element.GetAttribute("class") is { Length: > 0 } classes ? [new("class", classes)]
            : [];
        return new HtmlParseRule(HtmlRuleType.Descending, element.LocalName, new EquatableArray<KeyValuePair<string, string>>([.. attributes]), null, null, false, StringMatch.Any);
    }
}
