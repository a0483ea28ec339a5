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
        PyFloat real => PythonFloat.Repr(real.Value),
        PyNull => "None",
        _ => Dumps(value),
    };

    public static string Dumps(PyValue value)
    {
        var builder = new StringBuilder();
        AppendJson(builder, value);
        return builder.ToString();
    }

    private static void AppendJson(StringBuilder builder, PyValue value)
    {
        switch (value)
        {
            case PyNull:
                builder.Append("null");
                break;
            case PyBool flag:
                builder.Append(flag.Value ? "true" : "false");
                break;
            case PyInt or PyFloat:
                builder.Append(Str(value));
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
                case < ' ': builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(character); break;
            }
        }

        builder.Append('"');
    }
}
