using System.Text.RegularExpressions;
using HydraEngine.Model.Text;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Search;

/// <summary>
/// System predicates, written after <c>system:</c> (case and spacing are free):
/// <c>everything</c>, <c>inbox</c>, <c>archive</c>, <c>untagged</c>, <c>filesize &gt; 5MB</c>, <c>width &gt;= 1920</c>,
/// <c>height = 1080</c>, <c>import time &lt; 7 days</c> or <c>import time &gt; 2024-01-31</c>, <c>hash = HEX [HEX…]</c>,
/// <c>known url</c> / <c>known url = URL</c> / <c>known url domain example.com</c> / <c>known url contains TEXT</c>,
/// <c>number of tags &gt; 5</c>, <c>filetype = image/png</c>, <c>limit 100</c>,
/// <c>sort import time|size|random|tag NAMESPACE [asc|desc]</c>.
/// </summary>
internal static partial class SystemPredicateParser
{
    private static readonly string[] KnownNames =
    [
        "everything", "inbox", "archive", "untagged", "filesize", "width", "height", "import time", "hash", "known url", "number of tags", "filetype", "limit", "sort",
        .. HydrusSystemPredicates.Names,
    ];

    /// <summary>The predicate in <paramref name="body"/> (the text after <c>system:</c>, which starts at <paramref name="column"/>).</summary>
    public static object Parse(string body, int column)
    {
        var text = Spaces().Replace(body.Trim(), " ");
        var lower = text.ToLowerInvariant();
        var nameColumn = column + "system:".Length + (body.Length - body.TrimStart().Length);
        if (HydrusSystemPredicates.TryParse(lower, text, nameColumn) is { } hydrus)
        {
            return hydrus;
        }

        switch (lower)
        {
            case "everything":
                return new EverythingPredicate();
            case "inbox":
                return new InboxPredicate();
            case "archive" or "archived":
                return new ArchivePredicate();
            case "untagged":
                return new TagCountPredicate(NumberComparison.Equal, 0);
            case "known url" or "known urls":
                return new KnownUrlPredicate(UrlMatch.Any, null);
        }

        int ValueColumn(Match match) => nameColumn + match.Groups["value"].Index;
        if (UrlNamed().Match(lower) is { Success: true } urlNamed)
        {
            return Named(urlNamed.Groups["name"].Value, text[urlNamed.Groups["value"].Index..].Trim(), ValueColumn(urlNamed));
        }

        if (Compared().Match(lower) is { Success: true } compared)
        {
            var name = compared.Groups["name"].Value;
            Known(name, nameColumn);
            return Comparison(name, ValueParsers.Comparison(compared.Groups["op"].Value), text[compared.Groups["value"].Index..].Trim(), ValueColumn(compared), nameColumn);
        }

        if (Named().Match(lower) is { Success: true } named)
        {
            return Named(named.Groups["name"].Value, text[named.Groups["value"].Index..].Trim(), ValueColumn(named));
        }

        Known(lower, nameColumn);
        throw new QuerySyntaxException($"system:{lower} needs a value, like system:{lower} > 5", nameColumn);
    }

    /// <summary>Throws "unknown predicate 'widht': did you mean 'width'?" unless <paramref name="name"/> is a predicate name.</summary>
    private static void Known(string name, int column)
    {
        if (KnownNames.Contains(name) || Aliases.Contains(name))
        {
            return;
        }

        var close = EditDistance.Closest(name, KnownNames.Concat(Aliases), 1);
        throw new QuerySyntaxException(
            $"unknown predicate '{name}'" + (close.Count > 0 ? $": did you mean '{close[0]}'?" : $"; known: {string.Join(", ", KnownNames)}"),
            column);
    }

    private static readonly string[] Aliases =
    [
        "size", "file size", "time imported", "num tags", "tag count", "mime", "archived", "known urls", "sort by", "num frames", "number of frames",
        "num of frames", "num notes", "num of notes", "number of note",
    ];

    private static object Comparison(string name, NumberComparison comparison, string value, int column, int nameColumn) => name switch
    {
        "duration" => new DurationPredicate(comparison, ValueParsers.Duration(value, column)),
        "number of frames" or "num frames" or "num of frames" => new FrameCountPredicate(comparison, ValueParsers.Integer(value, column)),
        "number of notes" or "num notes" or "num of notes" or "number of note" => new NoteCountPredicate(comparison, ValueParsers.Integer(value, column)),
        "filesize" or "size" or "file size" => new FileSizePredicate(comparison, ValueParsers.Size(value, column)),
        "width" => new DimensionPredicate(Dimension.Width, comparison, ValueParsers.Integer(value, column)),
        "height" => new DimensionPredicate(Dimension.Height, comparison, ValueParsers.Integer(value, column)),
        "import time" or "time imported" => ImportTime(comparison, value, column),
        "number of tags" or "num tags" or "tag count" => new TagCountPredicate(comparison, ValueParsers.Integer(value, column)),
        "limit" when comparison == NumberComparison.Equal => Limit(value, column),
        "hash" when comparison == NumberComparison.Equal => Hashes(value, column),
        "known url" when comparison == NumberComparison.Equal => new KnownUrlPredicate(UrlMatch.Exact, Url(value, column)),
        "filetype" or "mime" when comparison == NumberComparison.Equal => FileTypes(value, column),
        "sort" when comparison == NumberComparison.Equal => Sort(value, column),
        _ => throw new QuerySyntaxException($"system:{name} cannot be compared with that operator", nameColumn),
    };

    private static object Named(string name, string value, int column) => name switch
    {
        "limit" => Limit(value, column),
        "hash" => Hashes(value, column),
        "filetype" or "mime" => FileTypes(value, column),
        "sort" or "sort by" => Sort(value, column),
        "known url domain" => new KnownUrlPredicate(UrlMatch.Domain, value.ToLowerInvariant().TrimStart('.')),
        "known url contains" => new KnownUrlPredicate(UrlMatch.Contains, value),
        "known url" => new KnownUrlPredicate(UrlMatch.Exact, Url(value, column)),
        _ => throw new QuerySyntaxException($"system:{name} needs a comparison, like system:{name} > 5", column),
    };

    private static ImportTimePredicate ImportTime(NumberComparison comparison, string value, int column) =>
        ValueParsers.Day(value) is { } day
            ? new ImportTimePredicate(comparison, null, day)
            : new ImportTimePredicate(comparison, ValueParsers.Age(value, column), null);

    private static LimitTerm Limit(string value, int column)
    {
        var limit = ValueParsers.Integer(value, column);
        return limit > 0 ? new LimitTerm(limit) : throw new QuerySyntaxException("system:limit must be at least 1", column);
    }

    private static HashPredicate Hashes(string value, int column)
    {
        var hashes = new List<FileHash>();
        foreach (var part in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            hashes.Add(FileHash.TryParse(part, out var hash) ? hash : throw new QuerySyntaxException($"'{part}' is not a SHA-256 hash (64 hex digits)", column));
        }

        return hashes.Count > 0 ? new HashPredicate([.. hashes]) : throw new QuerySyntaxException("system:hash needs a hash", column);
    }

    private static string Url(string value, int column) =>
        Uri.TryCreate(value, UriKind.Absolute, out _) ? value : throw new QuerySyntaxException($"'{value}' is not an absolute URL", column);

    private static FileTypePredicate FileTypes(string value, int column)
    {
        var mimes = value.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries).SelectMany(MimeTypes.Lookup).Distinct().ToList();
        return mimes.Count > 0 ? new FileTypePredicate([.. mimes]) : throw new QuerySyntaxException($"unknown file type '{value}' (try image/png, png or image/*)", column);
    }

    private static SortTerm Sort(string value, int column)
    {
        var words = value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        bool? descending = words.LastOrDefault() switch { "asc" => false, "desc" => true, _ => null };
        if (descending is not null)
        {
            words.RemoveAt(words.Count - 1);
        }

        var sort = words.FirstOrDefault() switch
        {
            "import" or "imported" or "time" when words.Count <= 2 => new SearchSort(SortKind.ImportTime, descending ?? true),
            "size" or "filesize" when words.Count == 1 => new SearchSort(SortKind.FileSize, descending ?? true),
            "random" when words.Count <= 2 => new SearchSort(SortKind.Random, false, null, words.Count == 2 ? ValueParsers.Integer(words[1], column) : null),
            "tag" or "namespace" => new SearchSort(SortKind.Tag, descending ?? false, words.Count > 1 ? string.Join(' ', words.Skip(1)) : null),
            _ => throw new QuerySyntaxException($"unknown sort '{value}'; use import time, size, random or tag NAMESPACE, then asc or desc", column),
        };
        return new SortTerm(sort);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<name>[a-z][a-z ]*?) ?(?<op><=|>=|!=|≠|≤|≥|<|>|=)\s*(?<value>.*)$")]
    private static partial Regex Compared();

    [GeneratedRegex(@"^(?<name>known url domain|known url contains)(:| |$)\s*(?<value>.*)$")]
    private static partial Regex UrlNamed();

    [GeneratedRegex(@"^(?<name>limit|hash|filetype|mime|sort by|sort|known url)(:| |$)\s*(?<value>.*)$")]
    private static partial Regex Named();
}
