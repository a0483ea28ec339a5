using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>A hash: <c>[hash_type, encoding]</c>.</summary>
internal sealed class HashContentForm : HydrusContentForm<HashContent>
{
    public override int ContentType => 15;

    public override string Word => "hash";

    public override ContentKind? Read(HydrusNode info) =>
        info.ExpectArray(2, "hash content [hash_type, encoding]")
            ? new HashContent(info[0].String("the hash type"), info[1].String("the hash encoding"))
            : null;

    protected override JsonNode? Write(HashContent content, HydrusWriter writer) => new JsonArray(content.HashType, content.Encoding);
}
