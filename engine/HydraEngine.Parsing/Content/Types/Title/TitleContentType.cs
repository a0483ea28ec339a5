using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Parsing.Content.Types.Title;

/// <summary>A title (hydrus content type 17): HTML entities decoded; downloads keep the highest-priority one.</summary>
internal sealed class TitleContentType : ContentType<TitleContent>
{
    public override string JsonWord => "title";

    protected override IReadOnlyList<string> Yield(TitleContent kind, string parserName, IReadOnlyList<string> texts, ParsingContext context) =>
        texts.Select(ContentTextCleaning.UnescapeTitle).ToList();

    protected override void WriteJson(TitleContent kind, Utf8JsonWriter writer) => writer.WriteNumber("priority", kind.Priority);

    protected override void Read(TitleContent kind, ParsedContent content, PostContents post) => post.AddTitle(kind.Priority, content.Value);

    protected override string Describe(TitleContent kind) => "a title";

    protected override string Label(TitleContent kind, string name) => $"title [{name}]";
}
