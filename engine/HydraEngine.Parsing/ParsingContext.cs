namespace HydraEngine.Parsing;

/// <summary>
/// hydrus's parsing context: a mutable string dictionary shared by a page parser and its subsidiaries
/// (keys used: url, gallery_url, post_url, post_index).
/// </summary>
public sealed class ParsingContext
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public ParsingContext()
    {
    }

    public ParsingContext(IEnumerable<KeyValuePair<string, string>> initial)
    {
        foreach (var (key, value) in initial)
        {
            values[key] = value;
        }
    }

    public static ParsingContext ForUrl(string url) => new([new("url", url)]);

    /// <summary>The time budget of the parse this context belongs to (set by <see cref="Pages.PageParserRunner"/>; null: none).</summary>
    public Strings.TimeBudget? Budget { get; set; }

    /// <summary>The parsed values of the page parse this context belongs to, each kept once (set by <see cref="Pages.PageParserRunner"/>; null: none).</summary>
    internal Content.ParsedValuePool? Values { get; set; }

    public string? this[string key]
    {
        get => values.GetValueOrDefault(key);
        set
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }
    }

    public bool TryGet(string key, out string value) => values.TryGetValue(key, out value!);

    public IReadOnlyDictionary<string, string> Snapshot() => new Dictionary<string, string>(values, StringComparer.Ordinal);
}
