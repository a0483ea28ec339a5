using HydraEngine.Model.Parsing;
using HydraEngine.Model.Text;
using HydraEngine.Parsing.Content;

namespace HydraEngine.Parsing.Results;

/// <summary>
/// What importers read from parsed posts (hydrus's ClientParsingResults helpers, objects.md §10): URLs by
/// priority, cleaned tags, notes, decoded hashes, source time, title and request headers.
/// </summary>
public static class ParsedPostReader
{
    /// <summary>URLs of the given types grouped by priority in first-seen order; optionally only the top group; de-duplicated.</summary>
    public static IReadOnlyList<string> Urls(IEnumerable<ParsedContent> contents, IReadOnlySet<UrlContentType> types, bool topPriorityOnly)
    {
        var matching = contents.Where(content => content.Kind is UrlsContent urls && types.Contains(urls.UrlType)).ToList();
        if (matching.Count == 0)
        {
            return [];
        }

        IEnumerable<ParsedContent> chosen = matching;
        if (topPriorityOnly)
        {
            var top = matching.Max(content => ((UrlsContent)content.Kind).Priority);
            chosen = matching.Where(content => ((UrlsContent)content.Kind).Priority == top);
        }

        return chosen.Select(content => content.Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Tags with the parser's namespace applied (null keeps the text's own), cleaned as hydrus cleans them.</summary>
    public static IReadOnlySet<string> Tags(IEnumerable<ParsedContent> contents) =>
        HydrusTags.CleanTags(contents
            .Where(content => content.Kind is TagsContent)
            .Select(content => ((TagsContent)content.Kind).Namespace is { } ns ? HydrusTags.CombineTag(ns, content.Value) : content.Value));

    /// <summary>Notes sorted by content-parser name, cleaned, empty ones dropped (later same-name notes win downstream).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Notes(IEnumerable<ParsedContent> contents) =>
        contents
            .Where(content => content.Kind is NotesContent)
            .OrderBy(content => content.Name, PythonText.CodePointComparer)
            .Select(content => new KeyValuePair<string, string>(((NotesContent)content.Kind).NoteName, ContentTextCleaning.CleanNote(content.Value)))
            .Where(note => note.Value.Length > 0)
            .ToList();

    /// <summary>Decoded hashes as (type, lowercase hex): hex tries hex then base64, base64 tries base64; undecodable ones skipped.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Hashes(IEnumerable<ParsedContent> contents)
    {
        var hashes = new List<KeyValuePair<string, string>>();
        foreach (var content in contents)
        {
            if (content.Kind is HashContent hash && HashText.Decode(content.Value, hash.Encoding) is { } bytes)
            {
                hashes.Add(new(hash.HashType, Convert.ToHexStringLower(bytes)));
            }
        }

        return hashes;
    }

    /// <summary>The earliest source time, each value capped at now − 5 s; unparsable values skipped.</summary>
    public static long? SourceTime(IEnumerable<ParsedContent> contents, TimeProvider? clock = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow().ToUnixTimeSeconds();
        long? earliest = null;
        foreach (var content in contents)
        {
            if (content.Kind is TimestampContent { TimestampType: 0 } && Strings.Python.PythonInt.TryParse(content.Value, out var big) && big >= long.MinValue && big <= long.MaxValue)
            {
                var capped = Math.Min((long)big, now - 5);
                earliest = earliest is null ? capped : Math.Min(earliest.Value, capped);
            }
        }

        return earliest;
    }

    /// <summary>Over all posts: the highest-priority title; ties go to the greatest string.</summary>
    public static string? Title(IEnumerable<ParsedPost> posts) =>
        posts.SelectMany(post => post.Contents)
            .Where(content => content.Kind is TitleContent)
            .OrderByDescending(content => ((TitleContent)content.Kind).Priority)
            .ThenByDescending(content => content.Value, PythonText.CodePointComparer)
            .Select(content => content.Value)
            .FirstOrDefault();

    /// <summary>Request headers for child requests: name → value, later wins.</summary>
    public static IReadOnlyDictionary<string, string> Headers(IEnumerable<ParsedContent> contents)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var content in contents)
        {
            if (content.Kind is HttpHeadersContent header)
            {
                headers[header.HeaderName] = content.Value;
            }
        }

        return headers;
    }
}
