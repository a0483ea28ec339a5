using System.Text;
using System.Text.Json;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>
/// <see cref="PyText.Dumps"/> of a value nobody has read yet, straight from its document element: the same text as
/// dumping its <see cref="PyValue"/> view, without building that view (a 60 MB API page split into posts would
/// otherwise materialise every dict and list of every post just to dump it). An object with a repeated key is
/// written again through its view, which keeps Python's dict rules (first position, last value).
/// </summary>
internal static class PyElementJson
{
    public static void Append(StringBuilder builder, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                AppendObject(builder, element);
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    builder.Append(first ? "" : ", ");
                    first = false;
                    Append(builder, item);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                PyText.AppendString(builder, JsonStrings.Read(element));
                break;
            default:
                PyText.AppendJson(builder, PyValue.Of(element));
                break;
        }
    }

    private static void AppendObject(StringBuilder builder, JsonElement element)
    {
        var start = builder.Length;
        var names = new List<string>();
        builder.Append('{');
        foreach (var property in element.EnumerateObject())
        {
            builder.Append(names.Count > 0 ? ", " : "");
            names.Add(property.Name);
            PyText.AppendString(builder, names[^1]);
            builder.Append(": ");
            Append(builder, property.Value);
        }

        builder.Append('}');
        if (HasRepeated(names))
        {
            builder.Length = start;
            PyText.AppendJson(builder, new PyDict(PyDictReader.Read(element)));
        }
    }

    private static bool HasRepeated(List<string> names)
    {
        if (names.Count > 16)
        {
            return new HashSet<string>(names, StringComparer.Ordinal).Count < names.Count;
        }

        for (var i = 1; i < names.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(names[i], names[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
