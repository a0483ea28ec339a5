namespace HydraEngine.FixtureBooru.Content;

/// <summary>
/// A gallery search: terms separated by spaces (a <c>+</c> in the query string arrives as a space), each a tag
/// the post must have, or <c>-tag</c> for one it must not have; case-insensitive; no terms = every post.
/// </summary>
public sealed class TagQuery
{
    private readonly string[] required;
    private readonly string[] excluded;

    private TagQuery(string[] required, string[] excluded)
    {
        this.required = required;
        this.excluded = excluded;
    }

    public static TagQuery Parse(string? text)
    {
        var terms = (text ?? "").Split([' ', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(term => term.ToLowerInvariant())
            .ToArray();
        return new TagQuery(
            terms.Where(term => !term.StartsWith('-')).ToArray(),
            terms.Where(term => term.StartsWith('-') && term.Length > 1).Select(term => term[1..]).ToArray());
    }

    public bool Matches(FixturePost post) =>
        required.All(term => post.Tags.Contains(term, StringComparer.Ordinal))
        && !excluded.Any(term => post.Tags.Contains(term, StringComparer.Ordinal));
}
