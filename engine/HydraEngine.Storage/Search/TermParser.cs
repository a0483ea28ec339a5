using HydraEngine.Model.Text;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Search;

/// <summary>Turns the words of one term into a predicate (or a sort/limit term).</summary>
internal static class TermParser
{
    public static object Parse(IReadOnlyList<QueryToken> words)
    {
        var column = words[0].Column;
        var text = string.Join(' ', words.Select(word => word.Text));
        var negated = !words[0].Quoted && text.StartsWith('-');
        if (negated)
        {
            text = text[1..].TrimStart();
            if (text.Length == 0)
            {
                throw new QuerySyntaxException("'-' needs a tag after it", column);
            }
        }

        var parsed = text.StartsWith("system:", StringComparison.OrdinalIgnoreCase) && !words[0].Quoted
            ? SystemPredicateParser.Parse(text["system:".Length..], column)
            : TagTerm(text, column);
        if (!negated)
        {
            return parsed;
        }

        return parsed is SearchPredicate predicate
            ? new NotPredicate(predicate)
            : throw new QuerySyntaxException("system:sort and system:limit cannot be negated", column);
    }

    private static SearchPredicate TagTerm(string text, int column)
    {
        if (!text.Contains('*'))
        {
            return new TagPredicate(Clean(text, column));
        }

        var clean = HydrusTags.CleanTag(text);
        var (ns, subtag) = HydrusTags.SplitTag(clean);
        if (subtag.Trim('*').Length == 0 && (subtag.Length == 0 || ns.Length == 0 || ns.Contains('*')))
        {
            throw new QuerySyntaxException($"the wildcard '{text}' matches every tag; give some text (or use system:number of tags > 0)", column);
        }

        if (subtag == "*")
        {
            return new NamespacePredicate(ns);
        }

        return new WildcardPredicate(ns.Length == 0 || ns == "*" ? null : ns, subtag);
    }

    private static string Clean(string tag, int column)
    {
        try
        {
            return TagText.Clean(tag);
        }
        catch (StoreException exception)
        {
            throw new QuerySyntaxException(exception.Message, column);
        }
    }
}
