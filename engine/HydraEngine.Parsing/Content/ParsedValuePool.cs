namespace HydraEngine.Parsing.Content;

/// <summary>
/// One page parse's parsed values, each kept once: an API page of hundreds of posts repeats the same tags, ratings and
/// hosts in every post, and its results then hold one string per distinct value instead of one per post. Long values
/// (notes, descriptions) seldom repeat and are kept as they are.
/// </summary>
internal sealed class ParsedValuePool
{
    private const int LongestShared = 256;

    private readonly HashSet<string> values = new(StringComparer.Ordinal);

    public string Share(string value)
    {
        if (value.Length > LongestShared)
        {
            return value;
        }

        if (values.TryGetValue(value, out var kept))
        {
            return kept;
        }

        values.Add(value);
        return value;
    }
}
