using HydraEngine.Model.Common;

namespace HydraEngine.Storage.Search;

/// <summary>
/// The search language. Terms are separated by commas or newlines and all must match; within a term list,
/// <c>OR</c> offers alternatives and parentheses may wrap such a list. A term is <c>tag</c>,
/// <c>namespace:tag</c>, <c>-tag</c> (not), <c>namespace:*</c>, a wildcard (<c>*wild*card*</c>,
/// <c>series:*zelda*</c>), or a system predicate (<c>system:inbox</c>, <c>system:filesize &gt; 5MB</c>, …;
/// see <see cref="SystemPredicateParser"/>). Example: <c>blue eyes OR green eyes, -solo, system:limit 50</c>.
/// Trailing whitespace and newlines are ignored; a trailing comma is an error.
/// </summary>
public static class QueryParser
{
    public static SearchQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = QueryTokenizer.Tokenize(text.TrimEnd());
        if (tokens.Count == 0)
        {
            throw new QuerySyntaxException("the search is empty; use system:everything to list every file", 1);
        }

        var query = new SearchQueryBuilder();
        var position = 0;
        while (position < tokens.Count)
        {
            var (element, column) = ParseElement(tokens, ref position);
            query.Add(element, column);

            if (position < tokens.Count)
            {
                var separator = tokens[position];
                if (separator.Kind != TokenKind.Separator)
                {
                    throw new QuerySyntaxException($"expected ',' before '{separator.Text}'", separator.Column);
                }

                position++;
                if (position == tokens.Count || tokens[position].Kind == TokenKind.Separator)
                {
                    throw new QuerySyntaxException($"there is no term after '{Show(separator.Text)}'", separator.Column);
                }
            }
        }

        return query.Build();
    }

    /// <summary>
    /// A search from separate terms, as hydrus's Client API sends them: every group must match, and a group of
    /// several terms is an OR of them. Terms are taken whole (commas and parentheses are tag text); a term may be
    /// negated with <c>-</c>, be a wildcard or a <c>system:</c> predicate. Throws <see cref="QuerySyntaxException"/>
    /// whose column is the 1-based position of the group.
    /// </summary>
    public static SearchQuery FromTerms(IEnumerable<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var query = new SearchQueryBuilder();
        var column = 0;
        foreach (var group in groups)
        {
            column++;
            var parsed = group.Where(term => term.Trim().Length > 0)
                .Select(term => TermParser.Parse([new QueryToken(TokenKind.Word, term.Trim(), column)]))
                .ToList();
            if (parsed.Count == 0)
            {
                throw new QuerySyntaxException("an empty term or OR group", column);
            }

            if (parsed.Count > 1 && parsed.Any(term => term is SortTerm or LimitTerm))
            {
                throw new QuerySyntaxException("system:sort and system:limit cannot be part of an OR", column);
            }

            query.Add(parsed.Count == 1 ? parsed[0] : new OrPredicate([.. parsed.Cast<SearchPredicate>()]), column);
        }

        return query.Build();
    }

    private static (object Element, int Column) ParseElement(List<QueryToken> tokens, ref int position)
    {
        var first = tokens[position];
        if (first.Kind == TokenKind.Separator)
        {
            throw new QuerySyntaxException($"there is no term before '{Show(first.Text)}'", first.Column);
        }

        var grouped = first.Kind == TokenKind.Open;
        if (grouped)
        {
            position++;
        }

        var alternatives = new List<object> { ParseTerm(tokens, ref position, grouped ? first : null) };
        while (position < tokens.Count && tokens[position].Kind == TokenKind.Or)
        {
            var or = tokens[position++];
            if (position >= tokens.Count || tokens[position].Kind != TokenKind.Word)
            {
                throw new QuerySyntaxException("OR needs a term after it", or.Column);
            }

            alternatives.Add(ParseTerm(tokens, ref position, or));
        }

        if (grouped)
        {
            if (position >= tokens.Count || tokens[position].Kind != TokenKind.Close)
            {
                throw new QuerySyntaxException("'(' is never closed", first.Column);
            }

            position++;
        }
        else if (position < tokens.Count && tokens[position].Kind == TokenKind.Close)
        {
            throw new QuerySyntaxException("')' has no matching '('", tokens[position].Column);
        }

        if (alternatives.Count == 1)
        {
            return (alternatives[0], first.Column);
        }

        if (alternatives.Any(alternative => alternative is SortTerm or LimitTerm))
        {
            throw new QuerySyntaxException("system:sort and system:limit cannot be part of an OR", first.Column);
        }

        return (new OrPredicate([.. alternatives.Cast<SearchPredicate>()]), first.Column);
    }

    private static object ParseTerm(List<QueryToken> tokens, ref int position, QueryToken? after)
    {
        if (position >= tokens.Count || tokens[position].Kind != TokenKind.Word)
        {
            var at = position < tokens.Count ? tokens[position] : after!;
            var problem = at.Kind == TokenKind.Or ? "OR needs a term before it" : $"expected a term at '{Show(at.Text)}'";
            throw new QuerySyntaxException(problem, at.Column);
        }

        var words = new List<QueryToken>();
        while (position < tokens.Count && tokens[position].Kind == TokenKind.Word)
        {
            words.Add(tokens[position++]);
        }

        return TermParser.Parse(words);
    }

    private static string Show(string separator) => separator is "\n" or "\r" ? "newline" : separator;
}

/// <summary>A <c>system:sort</c> term, lifted out of the predicates.</summary>
internal sealed record SortTerm(SearchSort Sort);

/// <summary>A <c>system:limit</c> term, lifted out of the predicates.</summary>
internal sealed record LimitTerm(int Limit);
