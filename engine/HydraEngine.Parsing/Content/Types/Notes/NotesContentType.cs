using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Parsing.Content.Types.Notes;

/// <summary>A note (hydrus content type 18): newlines kept, cleaned as hydrus cleans note text.</summary>
internal sealed class NotesContentType : ContentType<NotesContent>
{
    public override string JsonWord => "notes";

    public override bool CollapseNewlines => false;

    protected override IReadOnlyList<string> Yield(NotesContent kind, string parserName, IReadOnlyList<string> texts, ParsingContext context) =>
        texts.Select(ContentTextCleaning.CleanNote).ToList();

    protected override void WriteJson(NotesContent kind, Utf8JsonWriter writer) => writer.WriteString("note_name", kind.NoteName);

    protected override void Read(NotesContent kind, ParsedContent content, PostContents post) =>
        post.AddNote(content.Name, kind.NoteName, ContentTextCleaning.CleanNote(content.Value));

    protected override string Describe(NotesContent kind) => $"note \"{kind.NoteName}\"";

    protected override string Label(NotesContent kind, string name) => $"notes [{name}]";
}
