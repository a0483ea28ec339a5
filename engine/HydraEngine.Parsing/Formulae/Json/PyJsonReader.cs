using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>Builds the <see cref="PyValue"/> tree from parsed JSON.</summary>
internal static class PyJsonReader
{
    public static PyValue Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ConvertObject(element),
        JsonValueKind.Array => new PyList(element.EnumerateArray().Select(Convert).ToList()),
        JsonValueKind.String => new PyString(element.GetString()!),
        JsonValueKind.Number => ConvertNumber(element.GetRawText()),
        JsonValueKind.True => PyBool.True,
        JsonValueKind.False => PyBool.False,
        _ => PyValue.None,
    };

    private static PyDict ConvertObject(JsonElement element)
    {
        var pairs = new List<KeyValuePair<string, PyValue>>();
        Dictionary<string, int>? positions = null;
        foreach (var property in element.EnumerateObject())
        {
            var value = Convert(property.Value);
            positions ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (positions.TryGetValue(property.Name, out var position))
            {
                pairs[position] = new(property.Name, value);
            }
            else
            {
                positions[property.Name] = pairs.Count;
                pairs.Add(new(property.Name, value));
            }
        }

        return new PyDict(pairs);
    }

    private static PyValue ConvertNumber(string raw) =>
        raw.AsSpan().IndexOfAny('.', 'e', 'E') >= 0
            ? new PyFloat(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture))
            : new PyInt(BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
}
