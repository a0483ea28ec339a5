using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// One of a locale's simplifications as dateparser compiles it (between word boundaries unless the locale writes no
/// spaces), with the ASCII letters every match must hold (those outside groups, classes and escapes that no
/// quantifier makes optional, none when the pattern has a top-level alternative): on a lower-case ASCII text that
/// lacks one of them the pattern cannot match, so it is not run.
/// </summary>
internal sealed class Simplification
{
    private readonly Regex pattern;
    private readonly string replacement;
    private readonly int requiredLetters;

    private Simplification(Regex pattern, string replacement, int requiredLetters) =>
        (this.pattern, this.replacement, this.requiredLetters) = (pattern, replacement, requiredLetters);

    /// <summary>The simplification, or null when .NET cannot read its pattern.</summary>
    public static Simplification? Of(string pattern, string replacement, bool noWordSpacing)
    {
        try
        {
            var regex = new Regex(noWordSpacing ? pattern : @"(?<=\A|\W|_)" + pattern + @"(?=\Z|\W|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));
            return new Simplification(regex, replacement, RequiredLetters(pattern));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The text simplified; <paramref name="letters"/> is <see cref="Letters"/> of it (skips a pattern that cannot match).</summary>
    public string Apply(string text, int letters) =>
        letters >= 0 && (letters & requiredLetters) != requiredLetters ? text : pattern.Replace(text, replacement);

    /// <summary>The ASCII letters of an ASCII text (case aside) as bits, or -1 for any other text.</summary>
    public static int Letters(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsAscii(c))
            {
                return -1;
            }

            letters |= char.IsAsciiLetter(c) ? 1 << ((c | 0x20) - 'a') : 0;
        }

        return letters;
    }

    /// <summary>The letters a match must hold, as bits (0 when the pattern is not read simply enough to tell).</summary>
    internal static int RequiredLetters(string pattern)
    {
        var (letters, depth) = (0, 0);
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\' when i + 1 < pattern.Length && (!char.IsAsciiLetter(pattern[i + 1]) || pattern[i + 1] is 'd' or 's' or 'w' or 'D' or 'S' or 'W'):
                    i++;
                    break;
                case '\\':
                    return 0;
                case '[':
                    i = ClassEnd(pattern, i);
                    if (i < 0)
                    {
                        return 0;
                    }

                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return 0;
                case var c when depth == 0 && char.IsAsciiLetter(c) && !(i + 1 < pattern.Length && pattern[i + 1] is '?' or '*' or '{'):
                    letters |= 1 << ((c | 0x20) - 'a');
                    break;
                default:
                    break;
            }
        }

        return letters;
    }

    /// <summary>Where the character class opened at <paramref name="open"/> closes, or -1.</summary>
    private static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        i += i < pattern.Length && pattern[i] == '^' ? 1 : 0;
        i += i < pattern.Length && pattern[i] == ']' ? 1 : 0;
        while (i < pattern.Length && pattern[i] != ']')
        {
            i += pattern[i] == '\\' ? 2 : 1;
        }

        return i < pattern.Length ? i : -1;
    }
}
