using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;

namespace HydraEngine.Testing;

/// <summary>
/// One example of every content record of the Model (<see cref="ContentKind"/>), for the tests that check each content
/// type has all its parts. A new content record without an example here fails <see cref="MissingFromModel"/>'s callers.
/// </summary>
public static class ContentSamples
{
    public static IReadOnlyList<ContentKind> All { get; } =
    [
        new TagsContent("creator"),
        new TagsContent(null),
        new UrlsContent(UrlContentType.Desired, 50),
        new VetoContent(true, StringMatch.Any),
        new VariableContent("post_id"),
        new HashContent("md5", "hex"),
        new TimestampContent(0),
        new TitleContent(10),
        new NotesContent("description"),
        new HttpHeadersContent("Referer"),
    ];

    /// <summary>Every non-abstract <see cref="ContentKind"/> record in the Model.</summary>
    public static IReadOnlyList<Type> ModelRecords { get; } =
        [.. typeof(ContentKind).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(ContentKind)) && !type.IsAbstract).OrderBy(type => type.Name, StringComparer.Ordinal)];

    /// <summary>Model content records with no example in <see cref="All"/>.</summary>
    public static IReadOnlyList<string> MissingFromModel() =>
        [.. ModelRecords.Where(type => All.All(sample => sample.GetType() != type)).Select(type => type.Name)];
}
