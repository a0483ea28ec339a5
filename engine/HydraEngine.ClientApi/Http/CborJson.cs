using System.Formats.Cbor;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.ClientApi.Http;

/// <summary>CBOR for JSON-shaped values: maps, arrays, text, integers, floats, booleans and null, both ways.</summary>
internal static class CborJson
{
    private const int MaxDepth = 64;

    public static byte[] Encode(JsonNode? node)
    {
        var writer = new CborWriter();
        Write(writer, node);
        return writer.Encode();
    }

    /// <summary>Decodes one CBOR item; throws <see cref="ApiException"/> (400) for malformed or unsupported data.</summary>
    public static JsonNode? Decode(ReadOnlyMemory<byte> data)
    {
        try
        {
            var reader = new CborReader(data);
            var node = Read(reader, 0);
            return reader.BytesRemaining == 0 ? node : throw ApiException.BadRequest("the CBOR body has bytes after its first item");
        }
        catch (Exception exception) when (exception is CborContentException or InvalidOperationException or FormatException)
        {
            throw ApiException.BadRequest($"the CBOR body could not be read: {exception.Message}");
        }
    }

    private static void Write(CborWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNull();
                break;
            case JsonObject dictionary:
                writer.WriteStartMap(dictionary.Count);
                foreach (var (name, value) in dictionary)
                {
                    writer.WriteTextString(name);
                    Write(writer, value);
                }

                writer.WriteEndMap();
                break;
            case JsonArray array:
                writer.WriteStartArray(array.Count);
                foreach (var item in array)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteValue(writer, node.AsValue());
                break;
        }
    }

    private static void WriteValue(CborWriter writer, JsonValue value)
    {
        var element = JsonSerializer.SerializeToElement(value);
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                writer.WriteTextString(element.GetString()!);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.WriteBoolean(element.GetBoolean());
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var integer):
                writer.WriteInt64(integer);
                break;
            case JsonValueKind.Number:
                writer.WriteDouble(element.GetDouble());
                break;
            default:
                writer.WriteNull();
                break;
        }
    }

    private static JsonNode? Read(CborReader reader, int depth)
    {
        if (depth > MaxDepth)
        {
            throw ApiException.BadRequest($"the CBOR body nests deeper than {MaxDepth} levels");
        }

        switch (reader.PeekState())
        {
            case CborReaderState.StartMap:
                var dictionary = new JsonObject();
                reader.ReadStartMap();
                while (reader.PeekState() != CborReaderState.EndMap)
                {
                    var name = reader.ReadTextString();
                    dictionary[name] = Read(reader, depth + 1);
                }

                reader.ReadEndMap();
                return dictionary;
            case CborReaderState.StartArray:
                var array = new JsonArray();
                reader.ReadStartArray();
                while (reader.PeekState() != CborReaderState.EndArray)
                {
                    array.Add(Read(reader, depth + 1));
                }

                reader.ReadEndArray();
                return array;
            case CborReaderState.TextString:
                return reader.ReadTextString();
            case CborReaderState.UnsignedInteger:
                var unsigned = reader.ReadUInt64();
                return unsigned <= long.MaxValue ? (long)unsigned : unsigned;
            case CborReaderState.NegativeInteger:
                // CBOR stores -1 - n; beyond long's range (as Python's int would hold it) it is a double
                var magnitude = reader.ReadCborNegativeIntegerRepresentation();
                return magnitude < long.MaxValue ? -1 - (long)magnitude : -1d - magnitude;
            case CborReaderState.HalfPrecisionFloat or CborReaderState.SinglePrecisionFloat or CborReaderState.DoublePrecisionFloat:
                return reader.ReadDouble();
            case CborReaderState.Boolean:
                return reader.ReadBoolean();
            case CborReaderState.Null:
                reader.ReadNull();
                return null;
            case var other:
                throw ApiException.BadRequest($"the CBOR body holds a {other}, which the API does not take");
        }
    }
}
