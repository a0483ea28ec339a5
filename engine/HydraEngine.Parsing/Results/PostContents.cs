using HydraEngine.Model.Parsing;
using HydraEngine.Model.Text;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Content.Types;

namespace HydraEngine.Parsing.Results;

/// <summary>
/// What downloads read from parsed values (hydrus's ClientParsingResults helpers, objects.md §10), gathered by each
/// value's <see cref="ContentType.Read"/>: URLs by priority, cleaned tags, notes, decoded hashes, source time, title
/// and request headers.
/// </summary>
public sealed class PostContents
{
    private readonly List<(UrlContentType Type, int Priority, string Url)> urls = [];
    private readonly List<string> tags = [];
    private readonly List<(string ContentName, string NoteName, string Text)> notes = [];
    private readonly List<KeyValuePair<string, string>> hashes = [];
    private readonly List<long> sourceTimes = [];
    private readonly List<(int Priority, string Text)> titles = [];
    private readonly Dictionary<string, string> headers = new(StringComparer.Ordinal);

    private PostContents()
    {
    }

    public static PostContents Of(IEnumerable<ParsedContent> contents, ContentTypes? types = null)
    {
        var post = new PostContents();
        types ??= ContentTypes.Default;
        foreach (var content in contents)
        {
            types.For(content.Kind).Read(content, post);
        }

        return post;
    }

    internal void AddUrl(UrlContentType type, int priority, string url) => urls.Add((type, priority, url));

    internal void AddTag(string tag) => tags.Add(tag);

    internal void AddNote(string contentName, string noteName, string text) => notes.Add((contentName, noteName, text));

    internal void AddHash(string hashType, string hex) => hashes.Add(new(hashType, hex));

    internal void AddSourceTime(long seconds) => sourceTimes.Add(seconds);

    internal void AddTitle(int priority, string text) => titles.Add((priority, text));

    internal void SetHeader(string name, string value) => headers[name] = value;

    /// <summary>URLs of the given types grouped by priority in first-seen order; optionally only the top group; de-duplicated.</summary>
    public IReadOnlyList<string> Urls(IReadOnlySet<UrlContentType> types, bool topPriorityOnly)
    {
        var matching = urls.Where(url => types.Contains(url.Type)).ToList();
        if (matching.Count == 0)
        {
            return [];
        }

        if (topPriorityOnly)
        {
            var top = matching.Max(url => url.Priority);
            matching = matching.Where(url => url.Priority == top).ToList();
        }

        return matching.Select(url => url.Url).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Tags with the parser's namespace applied (null keeps the text's own), cleaned as hydrus cleans them.</summary>
    public IReadOnlySet<string> Tags => HydrusTags.CleanTags(tags);

    /// <summary>Notes sorted by content-parser name, cleaned, empty ones dropped (later same-name notes win downstream).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Notes =>
        notes
            .OrderBy(note => note.ContentName, PythonText.CodePointComparer)
            .Select(note => new KeyValuePair<string, string>(note.NoteName, note.Text))
            .Where(note => note.Value.Length > 0)
            .ToList();

    /// <summary>Decoded hashes as (type, lowercase hex): hex tries hex then base64, base64 tries base64; undecodable ones skipped.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Hashes => hashes;

    /// <summary>The earliest source time, each value capped at now − 5 s; unparsable values skipped.</summary>
    public long? SourceTime(TimeProvider clock)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        return sourceTimes.Count == 0 ? null : sourceTimes.Min(time => Math.Min(time, now - 5));
    }

    /// <summary>The highest-priority title; ties go to the greatest string.</summary>
    public string? Title =>
        titles
            .OrderByDescending(title => title.Priority)
            .ThenByDescending(title => title.Text, PythonText.CodePointComparer)
            .Select(title => title.Text)
            .FirstOrDefault();

    /// <summary>Request headers for child requests: name → value, later wins.</summary>
    public IReadOnlyDictionary<string, string> Headers => headers;
}
