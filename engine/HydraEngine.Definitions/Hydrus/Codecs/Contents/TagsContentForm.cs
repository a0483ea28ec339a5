using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>Tags: the additional info is the namespace (null keeps parsed namespaces).</summary>
internal sealed class TagsContentForm : HydrusContentForm<TagsContent>
{
    public override int ContentType => 0;

    public override string Word => "tags";

    public override ContentKind? Read(HydrusNode info) => new TagsContent(info.NullableString("the namespace"));

    protected override JsonNode? Write(TagsContent content, HydrusWriter writer) => content.Namespace;
}
