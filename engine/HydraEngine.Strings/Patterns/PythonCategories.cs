using System.Globalization;
using System.Text;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Patterns;

/// <summary>
/// Python's <c>\d \w \s</c> on <c>str</c> as code point sets: decimal digits (Nd), <c>isalnum()</c> or <c>_</c>
/// (letters and numbers), <c>isspace()</c>; and their ASCII-mode forms. Computed once per process.
/// </summary>
internal static class PythonCategories
{
    private static readonly Lazy<CodePointSet> UnicodeDigit = new(() => CodePointSet.Where(c => Category(c) == UnicodeCategory.DecimalDigitNumber));

    private static readonly Lazy<CodePointSet> UnicodeWord = new(() => CodePointSet.Where(c => c == '_' || IsLetterOrNumber(Category(c))));

    private static readonly Lazy<CodePointSet> UnicodeSpace = new(() => CodePointSet.Where(c => PythonChars.IsWhitespace((char)c), 0xFFFF));

    private static readonly CodePointSet AsciiDigit = CodePointSet.Of([('0', '9')]);

    private static readonly CodePointSet AsciiWord = CodePointSet.Of([('0', '9'), ('A', 'Z'), ('a', 'z'), ('_', '_')]);

    private static readonly CodePointSet AsciiSpace = CodePointSet.Of([('\t', '\r'), (' ', ' ')]);

    /// <summary>The set of <c>\d \D \w \W \s \S</c>.</summary>
    public static CodePointSet Of(char letter, bool ascii)
    {
        var set = char.ToLowerInvariant(letter) switch
        {
            'd' => ascii ? AsciiDigit : UnicodeDigit.Value,
            'w' => ascii ? AsciiWord : UnicodeWord.Value,
            _ => ascii ? AsciiSpace : UnicodeSpace.Value,
        };
        return char.IsUpper(letter) ? set.Complement() : set;
    }

    private static UnicodeCategory Category(int c) =>
        c is >= 0xD800 and <= 0xDFFF ? UnicodeCategory.Surrogate : Rune.GetUnicodeCategory(new Rune(c));

    private static bool IsLetterOrNumber(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
