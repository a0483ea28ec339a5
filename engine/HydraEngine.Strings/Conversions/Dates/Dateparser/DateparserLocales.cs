namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// dateparser 1.1's 205 locales in the order it tries them (English first), from <c>DateparserLocales.tsv</c>
/// (exported from Debian's python3-dateparser 1.1.6: <c>#</c> name, date order, no word spacing; <c>S</c> a
/// simplification; <c>W</c> a word and its translation; <c>N</c> a word it skips), with their relative phrase patterns
/// from <c>DateparserRelatives.tsv</c> (written by <c>tools/lib/dateparser_relatives.py</c>).
/// </summary>
internal static class DateparserLocales
{
    private static readonly Lazy<DateparserLocale[]> Locales = new(Load);

    public static IReadOnlyList<DateparserLocale> All => Locales.Value;

    private static DateparserLocale[] Load()
    {
        var relatives = LoadRelativePhrases();
        using var reader = Open("HydraEngine.Strings.DateparserLocales.tsv");
        var locales = new List<DateparserLocale>();
        string[]? header = null;
        var words = new Dictionary<string, string?>(StringComparer.Ordinal);
        var simplifications = new List<(string, string)>();
        void Flush()
        {
            if (header is not null)
            {
                locales.Add(new DateparserLocale(header[1], header[2], header[3] == "1", words, simplifications,
                    relatives.TryGetValue(header[1], out var phrases) ? phrases : []));
            }
        }

        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            switch (fields[0])
            {
                case "#":
                    Flush();
                    (header, words, simplifications) = (fields, new Dictionary<string, string?>(StringComparer.Ordinal), []);
                    break;
                case "S": simplifications.Add((fields[1], fields[2])); break;
                case "W": words[fields[1]] = fields[2]; break;
                default: words[fields[1]] = null; break;
            }
        }

        Flush();
        return [.. locales];
    }

    /// <summary>Each locale's relative phrase patterns (<c>DateparserRelatives.tsv</c>: locale, English key, pattern), in order.</summary>
    private static Dictionary<string, List<(string Key, string Pattern)>> LoadRelativePhrases()
    {
        var phrases = new Dictionary<string, List<(string Key, string Pattern)>>(StringComparer.Ordinal);
        using var reader = Open("HydraEngine.Strings.DateparserRelatives.tsv");
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = line.Split('\t');
            if (!phrases.TryGetValue(fields[0], out var list))
            {
                phrases[fields[0]] = list = [];
            }

            list.Add((fields[1], fields[2]));
        }

        return phrases;
    }

    private static StreamReader Open(string resource) =>
        new(typeof(DateparserLocales).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the dateparser table {resource} is not embedded"));
}
