using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus;

/// <summary>
/// Writes JSON exactly as Python's <c>json.dumps</c> does with its defaults: separators <c>", "</c> and
/// <c>": "</c>, every character outside printable ASCII escaped as <c>\uXXXX</c>. This is hydrus's dump string.
/// </summary>
public static class PythonJsonText
{
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder(256);
        Append(builder, node);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, array[i]);
                }

                builder.Append(']');
                break;
            case JsonObject map:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in map)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    AppendString(builder, key);
                    builder.Append(": ");
                    Append(builder, value);
                }

                builder.Append('}');
                break;
            case JsonValue value:
                AppendValue(builder, value);
                break;
        }
    }

    private static void AppendValue(StringBuilder builder, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                AppendString(builder, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Number when JsonNumbers.TryGetInteger(value, out var integer):
                builder.Append(integer.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.Number:
                builder.Append(PythonFloat.Repr(JsonNumbers.GetDouble(value)));
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var character in text)
        {
            switch (character)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case >= ' ' and <= '~': builder.Append(character); break;
                default:
                    builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        builder.Append('"');
    }
}

/// <summary>Python's <c>repr(float)</c>: shortest round trip, exponent form below 1e-4 and from 1e16.</summary>
public static class PythonFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = value == 0 ? 0 : (int)Math.Floor(Math.Log10(Math.Abs(value)));
        if (exponent < -4 || exponent >= 16)
        {
            var scientific = value.ToString("E16", CultureInfo.InvariantCulture);
            var mantissa = double.Parse(scientific[..scientific.IndexOf('E', StringComparison.Ordinal)], CultureInfo.InvariantCulture) ;
            var digits = mantissa.ToString("R", CultureInfo.InvariantCulture);
            var sign = exponent < 0 ? "-" : "+";
            return $"{digits}e{sign}{Math.Abs(exponent):00}";
        }

        return roundTrip.Contains('.', StringComparison.Ordinal) || roundTrip.Contains('E', StringComparison.Ordinal) ? roundTrip : roundTrip + ".0";
    }
}
