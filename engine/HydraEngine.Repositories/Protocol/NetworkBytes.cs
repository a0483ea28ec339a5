using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace HydraEngine.Repositories.Protocol;

/// <summary>hydrus's network bytes: a serialisable tuple as UTF-8 JSON, zlib-compressed.</summary>
internal static class NetworkBytes
{
    public static byte[] Compress(JsonNode tuple)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest))
        {
            zlib.Write(Encoding.UTF8.GetBytes(tuple.ToJsonString()));
        }

        return output.ToArray();
    }

    /// <summary>The JSON text's UTF-8 bytes; a clear error when the bytes are not zlib data.</summary>
    public static byte[] Decompress(ReadOnlySpan<byte> bytes, string what)
    {
        try
        {
            using var input = new MemoryStream(bytes.ToArray());
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream(bytes.Length * 4);
            zlib.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException exception)
        {
            throw new RepositoryException($"{what} is not zlib-compressed hydrus data: {exception.Message}", exception);
        }
    }

    /// <summary>The first <paramref name="count"/> bytes of the decompressed data (fewer when it is shorter).</summary>
    public static byte[] DecompressHead(ReadOnlySpan<byte> bytes, int count, string what)
    {
        try
        {
            using var input = new MemoryStream(bytes.ToArray());
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            var head = new byte[count];
            var read = zlib.ReadAtLeast(head, count, throwOnEndOfStream: false);
            return head[..read];
        }
        catch (InvalidDataException exception)
        {
            throw new RepositoryException($"{what} is not zlib-compressed hydrus data: {exception.Message}", exception);
        }
    }

    public static JsonNode Parse(ReadOnlySpan<byte> bytes, string what)
    {
        var json = Decompress(bytes, what);
        try
        {
            return JsonNode.Parse(json) ?? throw new RepositoryException($"{what} holds JSON null");
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new RepositoryException($"{what} is not valid JSON: {exception.Message}", exception);
        }
    }
}
