using System.Text;

namespace HydraEngine.Parsing.Strings.Python;

/// <summary>Python <c>str</c> character classes: <c>isspace()</c>, <c>splitlines()</c> boundaries, <c>strip()</c>.</summary>
internal static class PythonChars
{
    /// <summary>Python <c>str.isspace()</c> for one UTF-16 unit (every Python whitespace character is in the BMP).</summary>
    public static bool IsWhitespace(char c) => c is >= '\t' and <= '\r' or >= '\x1c' and <= ' ' or '\x85' or '\xa0' or '\u1680'
        or >= '\u2000' and <= '\u200a' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';

    /// <summary>A line boundary of <c>str.splitlines()</c>.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>Python <c>str.strip()</c>.</summary>
    public static string Strip(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsWhitespace(text[start]))
        {
            start++;
        }

        while (end > start && IsWhitespace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    /// <summary><c>"".join(text.splitlines()).strip()</c>: line boundaries removed, then the ends stripped.</summary>
    public static string JoinLinesAndStrip(string text)
    {
        var firstBreak = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsLineBreak(text[i]))
            {
                firstBreak = i;
                break;
            }
        }

        if (firstBreak < 0)
        {
            return Strip(text);
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, firstBreak);
        for (var i = firstBreak; i < text.Length; i++)
        {
            if (!IsLineBreak(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return Strip(builder.ToString());
    }
}
