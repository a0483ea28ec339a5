using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Parsing.Content.Types;

/// <summary>
/// Everything one content type (a <see cref="ContentKind"/> record) means outside its definition: what a content parser
/// yields, how a parsed value is written to <c>hydra parse --json</c>, how downloads read it, and how <c>inspect</c> and
/// <c>parse</c> describe it. One folder per type beside this file; <see cref="ContentTypes"/> registers them.
/// </summary>
public abstract class ContentType
{
    /// <summary>The <see cref="ContentKind"/> record this type is about.</summary>
    public abstract Type RecordType { get; }

    /// <summary>The <c>content_type</c> word of <c>hydra parse --json</c>.</summary>
    public abstract string JsonWord { get; }

    /// <summary>Whether the formula's texts have their newlines collapsed (hydrus keeps them only for notes).</summary>
    public virtual bool CollapseNewlines => true;

    /// <summary>What a content parser yields from its formula's texts (clean-ups; a veto throws <see cref="VetoException"/>).</summary>
    public abstract IReadOnlyList<string> Yield(ContentParser parser, IReadOnlyList<string> texts, ParsingContext context);

    /// <summary>Writes the type's own fields into a parsed value's JSON object (after content_type, name and value).</summary>
    public abstract void WriteJson(ContentKind kind, Utf8JsonWriter writer);

    /// <summary>What downloads take from one parsed value, added to the post's <see cref="PostContents"/>.</summary>
    public abstract void Read(ParsedContent content, PostContents post);

    /// <summary>What <c>inspect</c> says a content parser of this type produces.</summary>
    public abstract string Describe(ContentKind kind);

    /// <summary>The label of a parsed value in <c>hydra parse</c>'s readable output.</summary>
    public abstract string Label(ParsedContent content);

    /// <summary>A parsed value as <c>hydra parse</c> shows it to people (timestamps add a readable date).</summary>
    public virtual string Show(string value) => value;
}

/// <summary>A <see cref="ContentType"/> for the record <typeparamref name="TKind"/>: each part receives the record typed.</summary>
internal abstract class ContentType<TKind> : ContentType
    where TKind : ContentKind
{
    public sealed override Type RecordType => typeof(TKind);

    public sealed override void WriteJson(ContentKind kind, Utf8JsonWriter writer) => WriteJson((TKind)kind, writer);

    public sealed override string Describe(ContentKind kind) => Describe((TKind)kind);

    public sealed override void Read(ParsedContent content, PostContents post) => Read((TKind)content.Kind, content, post);

    public sealed override IReadOnlyList<string> Yield(ContentParser parser, IReadOnlyList<string> texts, ParsingContext context) =>
        Yield((TKind)parser.Content, parser.Name, texts, context);

    public sealed override string Label(ParsedContent content) => Label((TKind)content.Kind, content.Name);

    protected abstract IReadOnlyList<string> Yield(TKind kind, string parserName, IReadOnlyList<string> texts, ParsingContext context);

    protected abstract void WriteJson(TKind kind, Utf8JsonWriter writer);

    protected abstract string Describe(TKind kind);

    protected abstract void Read(TKind kind, ParsedContent content, PostContents post);

    protected abstract string Label(TKind kind, string name);
}
