using System.Globalization;
using System.Text;
using HydraEngine.Model.Text;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// A text as dateparser's <c>translate</c> prepares it before a locale's own simplifications (numerals to ASCII,
/// NFKD without non-spacing marks, lower case): the same for every locale, so made once per text, with its letter
/// runs (maximal runs of letters) that tell at once which locales cannot read it (<see cref="KnownWords"/>).
/// </summary>
internal sealed class LocaleText
{
    private LocaleText(string text)
    {
        Text = text;
        LetterRuns = Runs(text);
        IsAscii = Ascii.IsValid(text) && !text.Contains('\n', StringComparison.Ordinal);
    }

    /// <summary>The prepared text.</summary>
    public string Text { get; }

    /// <summary>Its maximal runs of letters (<see cref="char.IsLetter(char)"/>), each once.</summary>
    public IReadOnlyList<string> LetterRuns { get; }

    /// <summary>ASCII without line feeds: known words are found without the locale's regex (<see cref="KnownWords"/>).</summary>
    public bool IsAscii { get; }

    /// <summary><c>_translate_numerals</c> and <c>normalize_unicode</c>, lower-cased.</summary>
    public static LocaleText Prepare(string text)
    {
        var normalised = new StringBuilder(text.Length);
        foreach (var c in UnicodeNormalisation.Nfkd(AsciiDigits(text)))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                normalised.Append(c);
            }
        }

        return new LocaleText(PythonCase.Lower(normalised.ToString()));
    }

    /// <summary>The same text after a locale's simplifications changed it (lower-cased again, as dateparser does).</summary>
    public LocaleText With(string simplified) => simplified == Text ? this : new LocaleText(simplified);

    /// <summary>The distinct maximal runs of letters in a text.</summary>
    public static string[] Runs(string text)
    {
        List<string>? runs = null;
        for (var start = 0; start < text.Length; start++)
        {
            if (!char.IsLetter(text[start]))
            {
                continue;
            }

            var end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            var run = text[start..end];
            runs ??= [];
            if (!runs.Contains(run))
            {
                runs.Add(run);
            }

            start = end;
        }

        return runs is null ? [] : [.. runs];
    }

    private static string AsciiDigits(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            ascii.Append(digit >= 0 ? (char)('0' + digit) : c);
        }

        return ascii.ToString();
    }
}
