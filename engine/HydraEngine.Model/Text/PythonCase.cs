using System.Globalization;
using System.Text;

namespace HydraEngine.Model.Text;

/// <summary>Python's case mapping where it differs from .NET's invariant one (tags and dateparser lower-case as Python does).</summary>
public static class PythonCase
{
    /// <summary>Python <c>str.lower()</c>: invariant lower-casing plus <c>İ</c> → <c>i̇</c> and the final-sigma rule.</summary>
    public static string Lower(string text)
    {
        var lowered = text.ToLowerInvariant();
        if (text.AsSpan().IndexOfAny('\u0130', '\u03A3') < 0)
        {
            return lowered;
        }

        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            _ = text[i] switch
            {
                '\u0130' => builder.Append("i\u0307"),
                '\u03A3' => builder.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3'),
                _ => builder.Append(lowered[i]),
            };
        }

        return builder.ToString();
    }

    /// <summary>Σ preceded by a cased letter and not followed by one (skipping case-ignorable characters).</summary>
    private static bool IsFinalSigma(string text, int index)
    {
        var before = SkipCaseIgnorable(text, index - 1, -1);
        var after = SkipCaseIgnorable(text, index + 1, 1);
        return before >= 0 && IsCased(text[before]) && (after == text.Length || !IsCased(text[after]));
    }

    private static int SkipCaseIgnorable(string text, int index, int step)
    {
        while (index >= 0 && index < text.Length && IsCaseIgnorable(text[index]))
        {
            index += step;
        }

        return index;
    }

    private static bool IsCased(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) =>
        c is '\'' or '.' or ':' or '^' or '`' or '\u00B7' or '\u2018' or '\u2019' or '\u2024' or '\u2027'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
}
