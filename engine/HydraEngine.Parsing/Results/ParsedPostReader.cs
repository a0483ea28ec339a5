using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Content;

namespace HydraEngine.Parsing.Results;

/// <summary>Single questions to parsed values (each reads them into <see cref="PostContents"/>; read it once to ask several).</summary>
public static class ParsedPostReader
{
    /// <inheritdoc cref="PostContents.Urls"/>
    public static IReadOnlyList<string> Urls(IEnumerable<ParsedContent> contents, IReadOnlySet<UrlContentType> types, bool topPriorityOnly) =>
        PostContents.Of(contents).Urls(types, topPriorityOnly);

    /// <inheritdoc cref="PostContents.Tags"/>
    public static IReadOnlySet<string> Tags(IEnumerable<ParsedContent> contents) => PostContents.Of(contents).Tags;

    /// <inheritdoc cref="PostContents.Notes"/>
    public static IReadOnlyList<KeyValuePair<string, string>> Notes(IEnumerable<ParsedContent> contents) => PostContents.Of(contents).Notes;

    /// <inheritdoc cref="PostContents.Hashes"/>
    public static IReadOnlyList<KeyValuePair<string, string>> Hashes(IEnumerable<ParsedContent> contents) => PostContents.Of(contents).Hashes;

    /// <inheritdoc cref="PostContents.SourceTime"/>
    public static long? SourceTime(IEnumerable<ParsedContent> contents, TimeProvider? clock = null) =>
        PostContents.Of(contents).SourceTime(clock ?? TimeProvider.System);

    /// <summary>Over all posts: the highest-priority title; ties go to the greatest string.</summary>
    public static string? Title(IEnumerable<ParsedPost> posts) => PostContents.Of(posts.SelectMany(post => post.Contents)).Title;

    /// <inheritdoc cref="PostContents.Headers"/>
    public static IReadOnlyDictionary<string, string> Headers(IEnumerable<ParsedContent> contents) => PostContents.Of(contents).Headers;
}
