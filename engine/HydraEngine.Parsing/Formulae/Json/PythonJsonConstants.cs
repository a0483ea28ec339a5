using System.Text;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>
/// Python's <c>json.loads</c> reads the bare constants <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> as floats. A text
/// with them is rewritten for System.Text.Json: <c>±Infinity</c> as <c>±1e999</c> (a float Python also reads as
/// infinite) and <c>NaN</c> as <see cref="NaNMarker"/>, a number literal that no real document holds.
/// </summary>
internal static class PythonJsonConstants
{
    public const string NaNMarker = "-0.0E-99999";

    /// <summary>The text with every constant outside strings replaced, or null when it has none.</summary>
    public static string? Rewrite(string text)
    {
        if (!text.Contains("NaN", StringComparison.Ordinal) && !text.Contains("Infinity", StringComparison.Ordinal))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length + 16);
        var inString = false;
        var changed = false;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (inString)
            {
                builder.Append(character);
                if (character == '\\' && i + 1 < text.Length)
                {
                    builder.Append(text[++i]);
                }
                else if (character == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (character == '"')
            {
                inString = true;
            }
            else
            {
                var consumed = Replace(text, i, "NaN", NaNMarker, builder);
                consumed = consumed > 0 ? consumed : Replace(text, i, "-Infinity", "-1e999", builder);
                consumed = consumed > 0 ? consumed : Replace(text, i, "Infinity", "1e999", builder);
                if (consumed > 0)
                {
                    i += consumed - 1;
                    changed = true;
                    continue;
                }
            }

            builder.Append(character);
        }

        return changed ? builder.ToString() : null;
    }

    private static int Replace(string text, int index, string constant, string replacement, StringBuilder builder)
    {
        if (string.CompareOrdinal(text, index, constant, 0, constant.Length) != 0)
        {
            return 0;
        }

        builder.Append(replacement);
        return constant.Length;
    }
}
