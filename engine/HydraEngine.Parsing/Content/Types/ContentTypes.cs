using System.Collections.Frozen;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Content.Types.Hash;
using HydraEngine.Parsing.Content.Types.HttpHeaders;
using HydraEngine.Parsing.Content.Types.Notes;
using HydraEngine.Parsing.Content.Types.Tags;
using HydraEngine.Parsing.Content.Types.Timestamp;
using HydraEngine.Parsing.Content.Types.Title;
using HydraEngine.Parsing.Content.Types.Urls;
using HydraEngine.Parsing.Content.Types.Variable;
using HydraEngine.Parsing.Content.Types.Veto;

namespace HydraEngine.Parsing.Content.Types;

/// <summary>The content types, keyed by their <see cref="ContentKind"/> record type (immutable; a new type registers here).</summary>
public sealed class ContentTypes
{
    private readonly FrozenDictionary<Type, ContentType> byRecord;

    private ContentTypes(IEnumerable<ContentType> types) => byRecord = types.ToFrozenDictionary(type => type.RecordType);

    public static ContentTypes Default { get; } = new(
    [
        new TagsContentType(),
        new UrlsContentType(),
        new VetoContentType(),
        new VariableContentType(),
        new HashContentType(),
        new TimestampContentType(),
        new TitleContentType(),
        new NotesContentType(),
        new HttpHeadersContentType(),
    ]);

    public IReadOnlyCollection<ContentType> All => byRecord.Values;

    /// <summary>The type of <paramref name="kind"/>; a record nobody registered is a programming error, named.</summary>
    public ContentType For(ContentKind kind) =>
        byRecord.TryGetValue(kind.GetType(), out var type)
            ? type
            : throw new InvalidOperationException($"{kind.GetType().Name} has no content type: add a folder under Parsing/Content/Types and register it in ContentTypes.");

    public bool Contains(Type recordType) => byRecord.ContainsKey(recordType);
}
