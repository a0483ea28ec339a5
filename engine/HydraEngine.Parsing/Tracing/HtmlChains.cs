using AngleSharp.Dom;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;

namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// HTML rule chains that reach an element: its nearest ancestor that an id or class names (the anchor), then the
/// element by tag and class, optionally with the tag index that singles it out among the anchor's matches.
/// </summary>
internal static class HtmlChains
{
    private static readonly string[] UrlAttributes = ["href", "src"];

    public static IReadOnlyList<string> FetchedAttributes => UrlAttributes;

    public static HtmlFormula Chain(IElement element, HtmlContentToFetch fetch, string attribute, bool indexed = false)
    {
        var rules = new List<HtmlParseRule>();
        var anchor = Anchor(element);
        if (anchor is not null)
        {
            rules.Add(Rule(anchor));
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
    public static HtmlFormula Own(IElement element, HtmlContentToFetch fetch, string attribute) =>
        new([Rule(element)], fetch, attribute, "", StringProcessor.Empty);

    /// <summary>What to fetch from a clicked element: its link or source when it has one, else its string.</summary>
    public static (HtmlContentToFetch Fetch, string Attribute) FetchFor(IElement element) =>
        UrlAttributes.FirstOrDefault(element.HasAttribute) is { } attribute ? (HtmlContentToFetch.Attribute, attribute) : (HtmlContentToFetch.String, "");

    /// <summary>The nearest ancestor (up to four levels) that an id or class names.</summary>
    public static IElement? Anchor(IElement element)
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

    /// <summary>The element's place among the anchor's descendants the rule matches; null when it is the only one.</summary>
    private static int? IndexUnder(IElement? anchor, IElement element, HtmlParseRule rule)
    {
        IEnumerable<IElement> under = anchor is null ? element.Owner!.DocumentElement.DescendantsAndSelf<IElement>() : anchor.Descendants<IElement>();
        var matches = under.Where(candidate => candidate.LocalName == rule.TagName && (rule.TagAttributes ?? []).All(pair => Holds(candidate, pair))).ToList();
        return matches.Count > 1 ? matches.IndexOf(element) : null;
    }

    private static bool Holds(IElement element, KeyValuePair<string, string> pair) =>
        element.GetAttribute(pair.Key) is { } value && (value == pair.Value || (pair.Key == "class" && element.ClassList.Contains(pair.Value)));
}
