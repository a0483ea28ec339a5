namespace HydraEngine.FixtureBooru.Content;

/// <summary>A note attached to a post.</summary>
public sealed record FixtureNote(string Name, string Text);

/// <summary>
/// A booru post. <see cref="Tags"/> are hydrus-style: <c>creator:x</c>, <c>character:x</c>, <c>series:x</c> and
/// unnamespaced general tags.
/// </summary>
public sealed record FixturePost(
    int Id,
    string Title,
    IReadOnlyList<string> Tags,
    IReadOnlyList<FixtureNote> Notes,
    DateTimeOffset Posted,
    int Score,
    string Rating,
    FixtureFile File)
{
    public string Md5 => File.Md5;

    public string Sha256 => File.Sha256;

    public ReadOnlyMemory<byte> FileBytes => File.Bytes;

    /// <summary>The site-relative post page path, e.g. <c>/post/12</c>.</summary>
    public string PagePath => $"/post/{Id}";

    /// <summary>The subtags of one namespace ("" for general tags), in stored order.</summary>
    public IReadOnlyList<string> TagsIn(string tagNamespace) =>
        Tags.Select(TagVocabulary.Split).Where(tag => tag.Namespace == tagNamespace).Select(tag => tag.Subtag).ToList();
}
