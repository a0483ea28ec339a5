namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// dateparser 1.1's 205 locales in the order it tries them (English first), from <c>DateparserLocales.tsv</c>
/// (exported from Debian's python3-dateparser 1.1.6: <c>#</c> name, date order, no word spacing; <c>S</c> a
/// simplification; <c>W</c> a word and its translation; <c>N</c> a word it skips). Relative phrases are read in
/// English only.
/// </summary>
internal static class DateparserLocales
{
    private static readonly Lazy<DateparserLocale[]> Locales = new(Load);

    public static IReadOnlyList<DateparserLocale> All => Locales.Value;

    private static DateparserLocale[] Load()
    {
        using var stream = typeof(DateparserLocales).Assembly.GetManifestResourceStream("HydraEngine.Strings.DateparserLocales.tsv")
            ?? throw new InvalidOperationException("the dateparser locale table is not embedded");
        using var reader = new StreamReader(stream);
        var locales = new List<DateparserLocale>();
        string[]? header = null;
        var words = new Dictionary<string, string?>(StringComparer.Ordinal);
        var simplifications = new List<(string, string)>();
        void Flush()
        {
            if (header is not null)
            {
                locales.Add(new DateparserLocale(header[1], header[2], header[3] == "1", words, simplifications));
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
}
