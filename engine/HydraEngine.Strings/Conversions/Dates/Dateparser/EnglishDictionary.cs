namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// dateparser 1.1's English <c>NormalizedDictionary</c>: each known word (lower case) and its translation, null
/// for the words it skips; in its insertion order, which decides which of two equally long words its split regex
/// tries first. <c>t</c> (the default <c>SKIP_TOKENS</c>) comes first.
/// </summary>
internal static class EnglishDictionary
{
    private const string Skipped = "about ad and at by just nd of on rd st th the ' , ; @ [ ] |";

    private static readonly string[] Translated =
    [
        "m=minute", " = ", "-=-", ".=.", "/=/",
        "mon=monday", "monday=monday", "tue=tuesday", "tuesday=tuesday", "tues=tuesday", "wed=wednesday", "wednesday=wednesday",
        "thu=thursday", "thursday=thursday", "fri=friday", "friday=friday", "sat=saturday", "saturday=saturday", "sun=sunday", "sunday=sunday",
        "jan=january", "january=january", "feb=february", "february=february", "mar=march", "march=march", "apr=april", "april=april",
        "may=may", "jun=june", "june=june", "jul=july", "july=july", "aug=august", "august=august", "sep=september", "september=september",
        "sept=september", "oct=october", "october=october", "nov=november", "november=november", "dec=december", "december=december",
        "decade=decade", "decades=decade", "year=year", "yr=year", "y=year", "years=year", "mo=month", "month=month", "months=month",
        "week=week", "wk=week", "weeks=week", "day=day", "d=day", "days=day", "hour=hour", "hr=hour", "h=hour", "hours=hour", "hrs=hour",
        "min=minute", "minute=minute", "minutes=minute", "mins=minute", "sec=second", "second=second", "s=second", "seconds=second",
        "secs=second", "ago=ago", "before=ago", "in=in", "from now=in", "after=in", "am=am", "pm=pm", "+=+", ":=:", "utc=UTC", "gmt=GMT",
        "z=Z", "today=0 day ago", "till date=0 day ago", "this hour=0 hour ago", "this minute=0 minute ago", "this mo=0 month ago",
        "this month=0 month ago", "now=0 second ago", "this week=0 week ago", "this wk=0 week ago", "this year=0 year ago",
        "this yr=0 year ago", "yesterday=1 day ago", "last mo=1 month ago", "last month=1 month ago", "last week=1 week ago",
        "last wk=1 week ago", "last year=1 year ago", "last yr=1 year ago", "tomorrow=in 1 day", "next mo=in 1 month",
        "next month=in 1 month", "next week=in 1 week", "next wk=in 1 week", "next year=in 1 year", "next yr=in 1 year",
        "day before yesterday=2 day ago", "last decade=1 decade ago", "this decade=1 decade ago", "next decade=in 1 decade",
        "day after tomorrow=in 2 day",
    ];

    /// <summary>Every known word and its translation (null: skipped).</summary>
    public static IReadOnlyDictionary<string, string?> Words { get; } = Build(out var _);

    /// <summary>The known words longest first, ties in insertion order (the split regex's alternatives).</summary>
    public static IReadOnlyList<string> LongestFirst { get; } = Ordered();

    private static List<string> Ordered()
    {
        Build(out var ordered);
        return ordered;
    }

    /// <summary>The tokens the join keeps without spaces around them (<c>ALWAYS_KEEP_TOKENS</c>).</summary>
    public static bool IsAlwaysKept(string token) => token is "+" or ":" or "." or " " or "-" or "/";

    private static Dictionary<string, string?> Build(out List<string> ordered)
    {
        var words = new Dictionary<string, string?>(StringComparer.Ordinal);
        var insertion = new List<string> { "t" };
        void Add(string key, string? value)
        {
            if (!words.ContainsKey(key))
            {
                insertion.Add(key);
            }

            words[key] = value;
        }

        foreach (var word in Skipped.Split(' '))
        {
            Add(word, null);
        }

        Add(" ", null);
        foreach (var pair in Translated)
        {
            var split = pair.IndexOf('=', 1);
            Add(pair[..split], pair[(split + 1)..]);
        }

        words["t"] = null;
        ordered = [.. insertion.Distinct(StringComparer.Ordinal).OrderByDescending(word => word.Length)];
        return words;
    }
}
