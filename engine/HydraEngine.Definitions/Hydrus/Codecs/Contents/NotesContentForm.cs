using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>A note: the additional info is the note name.</summary>
internal sealed class NotesContentForm : HydrusContentForm<NotesContent>
{
    public override int ContentType => 18;

    public override string Word => "notes";

    public override ContentKind? Read(HydrusNode info) => new NotesContent(info.String("the note name"));

    protected override JsonNode? Write(NotesContent content, HydrusWriter writer) => content.NoteName;
}
