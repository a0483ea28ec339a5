using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>An object's pairs as a Python dict holds them: a repeated key keeps its first position and its last value.</summary>
internal static class PyDictReader
{
    public static List<KeyValuePair<string, PyValue>> Read(JsonElement element)
    {
        var pairs = new List<KeyValuePair<string, PyValue>>();
        Dictionary<string, int>? positions = null;
        foreach (var property in element.EnumerateObject())
        {
            var key = property.Name;
            var value = PyValue.Of(property.Value);
            var existing = Find(pairs, ref positions, key);
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

        return pairs;
    }

    /// <summary>Linear search for small objects, a dictionary once they grow.</summary>
    private static int Find(List<KeyValuePair<string, PyValue>> pairs, ref Dictionary<string, int>? positions, string key)
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
}

/// <summary>JSON numbers as Python reads them: a fraction or exponent makes a float, otherwise an exact int.</summary>
internal static class PyNumbers
{
    public static PyValue Read(JsonElement element)
    {
        // TryGetInt64 refuses fractions and exponents, so a success is always a Python int
        if (element.TryGetInt64(out var small))
        {
            return new PyInt(small);
        }

        var raw = element.GetRawText();
        if (raw == PythonJsonConstants.NaNMarker)
        {
            return new PyFloat(double.NaN);
        }

        return LooksFloat(raw)
            ? new PyFloat(element.GetDouble())
            : new PyInt(BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    private static bool LooksFloat(string raw) => raw.AsSpan().IndexOfAny('.', 'e', 'E') >= 0;
}
