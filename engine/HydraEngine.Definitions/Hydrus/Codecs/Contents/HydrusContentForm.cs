using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>
/// How one content type stands in a hydrus Content Parser tuple: its content type number and its additional info.
/// What the type means when parsed lives in HydraEngine.Parsing (Content/Types/&lt;Type&gt;).
/// </summary>
internal abstract class HydrusContentForm
{
    /// <summary>hydrus's content type number (HC.CONTENT_TYPE_*).</summary>
    public abstract int ContentType { get; }

    /// <summary>The type in words, for the message that lists the types a parser can produce.</summary>
    public abstract string Word { get; }

    public abstract Type RecordType { get; }

    /// <summary>Whether hydrus repairs the historical nested <c>[["md5","hex"],"hex"]</c> additional info (every type but veto).</summary>
    public virtual bool RepairsNestedAdditionalInfo => true;

    /// <summary>The record from the additional info; null when its shape was wrong (a diagnostic says where).</summary>
    public abstract ContentKind? Read(HydrusNode info);

    public abstract JsonNode? Write(ContentKind content, HydrusWriter writer);
}

/// <summary>A <see cref="HydrusContentForm"/> for the record <typeparamref name="TKind"/>.</summary>
internal abstract class HydrusContentForm<TKind> : HydrusContentForm
    where TKind : ContentKind
{
    public sealed override Type RecordType => typeof(TKind);

    public sealed override JsonNode? Write(ContentKind content, HydrusWriter writer) => Write((TKind)content, writer);

    protected abstract JsonNode? Write(TKind content, HydrusWriter writer);
}
