using System.Text;
using HydraEngine.Model.Text;

namespace HydraEngine.Strings.Python;

/// <summary>Python <c>str</c> character classes: <c>isspace()</c>, <c>splitlines()</c> boundaries, <c>strip()</c>.</summary>
internal static class PythonChars
{
    /// <summary>Python <c>str.isspace()</c> (the one definition lives in <see cref="PythonText"/>).</summary>
    public static bool IsWhitespace(char c) => PythonText.IsSpace(c);

    /// <summary>A line boundary of <c>str.splitlines()</c>.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>Python <c>str.strip()</c>.</summary>
    public static string Strip(string text) => PythonText.Strip(text);

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
