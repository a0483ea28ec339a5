using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Parsing.Content.Types.Hash;

/// <summary>A file hash (hydrus content type 15): downloads decode it (hex or base64) to check the store before fetching.</summary>
internal sealed class HashContentType : ContentType<HashContent>
{
    public override string JsonWord => "hash";

    protected override IReadOnlyList<string> Yield(HashContent kind, string parserName, IReadOnlyList<string> texts, ParsingContext context) => texts;

    protected override void WriteJson(HashContent kind, Utf8JsonWriter writer)
    {
        writer.WriteString("hash_type", kind.HashType);
        writer.WriteString("hash_encoding", kind.Encoding);
    }

    protected override void Read(HashContent kind, ParsedContent content, PostContents post)
    {
        if (HashText.Decode(content.Value, kind.Encoding) is { } bytes)
        {
            post.AddHash(kind.HashType, Convert.ToHexStringLower(bytes));
        }
    }

    protected override string Describe(HashContent kind) => $"{kind.HashType} hashes ({kind.Encoding})";

    protected override string Label(HashContent kind, string name) => $"hash [{name}]";
}
