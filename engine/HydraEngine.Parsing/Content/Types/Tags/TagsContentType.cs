using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Text;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Parsing.Content.Types.Tags;

/// <summary>Tags (hydrus content type 0): the parser's namespace applied when it has one.</summary>
internal sealed class TagsContentType : ContentType<TagsContent>
{
    public override string JsonWord => "tags";

    protected override IReadOnlyList<string> Yield(TagsContent kind, string parserName, IReadOnlyList<string> texts, ParsingContext context) => texts;

    protected override void WriteJson(TagsContent kind, Utf8JsonWriter writer) => writer.WriteString("namespace", kind.Namespace ?? "");

    protected override void Read(TagsContent kind, ParsedContent content, PostContents post) =>
        post.AddTag(kind.Namespace is { } ns ? HydrusTags.CombineTag(ns, content.Value) : content.Value);

    protected override string Describe(TagsContent kind) => kind.Namespace switch
    {
        null => "tags",
        "" => "unnamespaced tags",
        var ns => $"{ns}: tags",
    };

    protected override string Label(TagsContent kind, string name) =>
        kind.Namespace is { Length: > 0 } ns ? $"tag ({ns}) [{name}]" : $"tag [{name}]";
}
