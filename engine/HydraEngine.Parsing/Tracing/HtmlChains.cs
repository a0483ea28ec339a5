using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Formulae.Html;

namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// HTML rule chains that reach an element: its nearest ancestor that an id or class names (the anchor), then the
/// element by tag and class, optionally with the tag index that singles it out among the anchor's matches.
/// </summary>
internal static class HtmlChains
{
    private static readonly string[] UrlAttributes = ["href", "src"];

    public static IReadOnlyList<string> FetchedAttributes => UrlAttributes;

    public static HtmlFormula Chain(HtmlElementView element, HtmlContentToFetch fetch, string attribute, bool indexed = false)
    {
        var rules = new List<HtmlParseRule>();
        var anchor = Anchor(element);
        if (anchor is { } named)
        {
            rules.Add(Rule(named));
        }

        var last = Rule(element, keepIdentity: anchor is null);
        if (indexed && IndexUnder(anchor, element, last) is { } index)
        {
            last = last with { TagIndex = index };
        }

        rules.Add(last);
        return new HtmlFormula([.. rules], fetch, attribute, "", StringProcessor.Empty);
    }

    /// <summary>The element alone by its tag and id (or class), from the document.</summary>
    public static HtmlFormula Own(HtmlElementView element, HtmlContentToFetch fetch, string attribute) =>
        new([Rule(element)], fetch, attribute, "", StringProcessor.Empty);

    /// <summary>What to fetch from a clicked element: its link or source when it has one, else its string.</summary>
    public static (HtmlContentToFetch Fetch, string Attribute) FetchFor(HtmlElementView element) =>
        UrlAttributes.FirstOrDefault(name => element.Attribute(name) is not null) is { } attribute ? (HtmlContentToFetch.Attribute, attribute) : (HtmlContentToFetch.String, "");

    /// <summary>The nearest ancestor (up to four levels) that an id or class names.</summary>
    public static HtmlElementView? Anchor(HtmlElementView element)
    {
        var current = element.Parent;
        for (var level = 0; current is { } at && level < 4; level++, current = at.Parent)
        {
            if (at.Id.Length > 0 || at.Classes.Count > 0)
            {
                return at;
            }
        }

        return null;
    }

    private static HtmlParseRule Rule(HtmlElementView element, bool keepIdentity = true)
    {
        KeyValuePair<string, string>[] attributes = element.Id is { Length: > 0 } id && keepIdentity ? [new("id", id)]
            : element.Attribute("class") is { Length: > 0 } classes ? [new("class", classes)]
            : [];
        return new HtmlParseRule(HtmlRuleType.Descending, element.Name, new EquatableArray<KeyValuePair<string, string>>([.. attributes]), null, null, false, StringMatch.Any);
    }

    /// <summary>The element's place among the anchor's descendants the rule matches; null when it is the only one.</summary>
    private static int? IndexUnder(HtmlElementView? anchor, HtmlElementView element, HtmlParseRule rule)
    {
        var under = anchor is { } named ? named.Descendants() : Enumerable.Range(0, element.Index.Count).Select(position => new HtmlElementView(element.Index, position));
        var matches = under.Where(candidate => candidate.Name == rule.TagName
            && (rule.TagAttributes ?? []).All(pair => HtmlAttributes.Matches(candidate.Index.Tree, candidate.Node, pair.Key, pair.Value))).ToList();
        return matches.Count > 1 ? matches.IndexOf(element) : null;
    }
}
