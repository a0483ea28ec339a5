using System.Globalization;
using System.Text;
using HydraEngine.Model.Text;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>Python's <c>str()</c> of JSON scalars and <c>json.dumps(node, ensure_ascii=False)</c>.</summary>
internal static class PyText
{
    public static string Str(PyValue value) => value switch
    {
        PyString text => text.Value,
        PyBool flag => flag.Value ? "True" : "False",
        PyInt integer => integer.Value.ToString(CultureInfo.InvariantCulture),
        PyFloat real => double.IsFinite(real.Value) ? PythonFloat.Repr(real.Value) : double.IsNaN(real.Value) ? "nan" : real.Value > 0 ? "inf" : "-inf",
        PyNull => "None",
        _ => Dumps(value),
    };

    public static string Dumps(PyValue value)
    {
        var builder = new StringBuilder();
        AppendJson(builder, value);
        return builder.ToString();
    }

    internal static void AppendJson(StringBuilder builder, PyValue value)
    {
        if (value.UnreadElement is { } element)
        {
            PyElementJson.Append(builder, element);
            return;
        }

        switch (value)
        {
            case PyNull:
                builder.Append("null");
                break;
            case PyBool flag:
                builder.Append(flag.Value ? "true" : "false");
                break;
            case PyInt:
                builder.Append(Str(value));
                break;
            case PyFloat real:
                builder.Append(PythonFloat.Repr(real.Value));
                break;
            case PyString text:
                AppendString(builder, text.Value);
                break;
            case PyList list:
                builder.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    builder.Append(i > 0 ? ", " : "");
                    AppendJson(builder, list.Items[i]);
                }

                builder.Append(']');
                break;
            case PyDict dict:
                builder.Append('{');
                for (var i = 0; i < dict.Pairs.Count; i++)
                {
                    builder.Append(i > 0 ? ", " : "");
                    AppendString(builder, dict.Pairs[i].Key);
                    builder.Append(": ");
                    AppendJson(builder, dict.Pairs[i].Value);
                }

                builder.Append('}');
                break;
        }
    }

    private static readonly System.Buffers.SearchValues<char> NeedsEscape = System.Buffers.SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    internal static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        var rest = text.AsSpan();
        int next;
        while ((next = rest.IndexOfAny(NeedsEscape)) >= 0)
        {
            builder.Append(rest[..next]);
            var character = rest[next];
            _ = character switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '\b' => builder.Append("\\b"),
                '\f' => builder.Append("\\f"),
                _ => builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture)),
            };
            rest = rest[(next + 1)..];
        }

        builder.Append(rest).Append('"');
    }
}
