using System.Text;

namespace HydraEngine.Strings.Patterns;

/// <summary>Python's <c>{m}</c>, <c>{m,}</c>, <c>{,n}</c>, <c>{m,n}</c> repeats; any other <c>{</c> is a literal brace.</summary>
internal static class RepeatBrace
{
    /// <summary>Translates what follows a <c>{</c>; true when it was a repeat (a quantifier was written).</summary>
    public static bool TryRead(PatternReader reader, StringBuilder output)
    {
        var text = reader.Text;
        var i = reader.Position;
        var low = Digits(text, ref i);
        var comma = i < text.Length && text[i] == ',';
        var high = low;
        if (comma)
        {
            i++;
            high = Digits(text, ref i);
        }

        if (i >= text.Length || text[i] != '}' || (low.Length == 0 && !comma))
        {
            output.Append(@"\{");
            return false;
        }

        reader.Position = i + 1;
        output.Append('{').Append(low.Length == 0 ? "0" : low);
        if (comma)
        {
            output.Append(',').Append(high);
        }

        output.Append('}');
        return true;
    }

    private static string Digits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return text[start..i];
    }
}
