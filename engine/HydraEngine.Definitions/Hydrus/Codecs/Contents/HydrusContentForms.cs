using System.Collections.Frozen;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>The hydrus forms of the content types, by content type number and by record type (immutable).</summary>
internal sealed class HydrusContentForms
{
    private readonly FrozenDictionary<int, HydrusContentForm> byNumber;
    private readonly FrozenDictionary<Type, HydrusContentForm> byRecord;

    private HydrusContentForms(IReadOnlyList<HydrusContentForm> forms)
    {
        byNumber = forms.ToFrozenDictionary(form => form.ContentType);
        byRecord = forms.ToFrozenDictionary(form => form.RecordType);
        Listing = string.Join(", ", forms.OrderBy(form => form.ContentType).Select(form => $"{form.ContentType} {form.Word}"));
    }

    public static HydrusContentForms Default { get; } = new(
    [
        new TagsContentForm(),
        new UrlsContentForm(),
        new VetoContentForm(),
        new VariableContentForm(),
        new HashContentForm(),
        new TimestampContentForm(),
        new TitleContentForm(),
        new NotesContentForm(),
        new HttpHeadersContentForm(),
    ]);

    /// <summary>"0 tags, 7 urls, …": the types a downloader parser can produce.</summary>
    public string Listing { get; }

    public IReadOnlyCollection<HydrusContentForm> All => byNumber.Values;

    public HydrusContentForm? ForNumber(int contentType) => byNumber.GetValueOrDefault(contentType);

    public HydrusContentForm For(ContentKind content) =>
        byRecord.TryGetValue(content.GetType(), out var form)
            ? form
            : throw new InvalidOperationException($"{content.GetType().Name} has no hydrus form.");
}
