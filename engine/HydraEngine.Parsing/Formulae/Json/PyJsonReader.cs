using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>Builds the <see cref="PyValue"/> tree straight from UTF-8 JSON (one pass, no intermediate document).</summary>
internal static class PyJsonReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 512 };

    /// <summary>Parses JSON text; throws <see cref="JsonException"/> for invalid JSON.</summary>
    public static PyValue Parse(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), Options);
        if (!reader.Read())
        {
            throw new JsonException("The input does not contain any JSON tokens.");
        }

        var value = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException($"'{(char)reader.ValueSpan[0]}' is invalid after a single JSON value.");
        }

        return value;
    }

    private static PyValue ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => new PyString(reader.GetString()!),
        JsonTokenType.Number => ReadNumber(ref reader),
        JsonTokenType.True => PyBool.True,
        JsonTokenType.False => PyBool.False,
        _ => PyValue.None,
    };

    private static PyList ReadArray(ref Utf8JsonReader reader)
    {
        var items = new List<PyValue>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(ReadValue(ref reader));
        }

        return new PyList(items);
    }

    /// <summary>Like Python's dict: a repeated key keeps its first position and takes the last value.</summary>
    private static PyDict ReadObject(ref Utf8JsonReader reader)
    {
        var pairs = new List<KeyValuePair<string, PyValue>>();
        Dictionary<string, int>? positions = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            var value = ReadValue(ref reader);
            var existing = FindKey(pairs, ref positions, key);
            if (existing >= 0)
            {
                pairs[existing] = new(key, value);
            }
            else
            {
                positions?.Add(key, pairs.Count);
                pairs.Add(new(key, value));
            }
        }

        return new PyDict(pairs);
    }

    /// <summary>Linear search for small objects, a dictionary once they grow.</summary>
    private static int FindKey(List<KeyValuePair<string, PyValue>> pairs, ref Dictionary<string, int>? positions, string key)
    {
        if (positions is not null)
        {
            return positions.TryGetValue(key, out var position) ? position : -1;
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            if (pairs[i].Key == key)
            {
                return i;
            }
        }

        if (pairs.Count >= 16)
        {
            positions = new Dictionary<string, int>(pairs.Count * 2, StringComparer.Ordinal);
            for (var i = 0; i < pairs.Count; i++)
            {
                positions[pairs[i].Key] = i;
            }
        }

        return -1;
    }

    private static PyValue ReadNumber(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
        {
            return new PyFloat(reader.GetDouble());
        }

        return reader.TryGetInt64(out var small)
            ? new PyInt(small)
            : new PyInt(BigInteger.Parse(Encoding.ASCII.GetString(raw), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }
}
