using System.Text;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// Words as .NET's case-insensitive, culture-invariant regex compares them with a lower-case ASCII text: each
/// character as the lower-case ASCII character it matches (a non-ASCII one asked of the regex engine itself, so the
/// Kelvin sign is a <c>k</c> exactly when .NET says so); a word with a character that matches no ASCII one is left out.
/// </summary>
internal static class AsciiFolding
{
    public static List<string> Fold(IEnumerable<string> words)
    {
        var matches = new Dictionary<char, char?>();
        var folded = new List<string>();
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            builder.Clear();
            foreach (var c in word)
            {
                if (char.IsAscii(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    if (!matches.TryGetValue(c, out var ascii))
                    {
                        matches[c] = ascii = AsciiMatch(c);
                    }

                    if (ascii is not { } match)
                    {
                        break;
                    }

                    builder.Append(match);
                }
            }

            if (builder.Length == word.Length)
            {
                folded.Add(builder.ToString());
            }
        }

        return folded;
    }

    /// <summary>The ASCII character a non-ASCII pattern character matches case-insensitively, if any.</summary>
    private static char? AsciiMatch(char c)
    {
        var pattern = new Regex(Regex.Escape(c.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));
        for (var ascii = '\0'; ascii < '\x80'; ascii++)
        {
            if (!char.IsAsciiLetterUpper(ascii) && pattern.IsMatch(ascii.ToString()))
            {
                return ascii;
            }
        }

        return null;
    }
}
