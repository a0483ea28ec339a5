using System.Text;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Patterns;

/// <summary>
/// Python 3.7+'s <c>re.sub</c> loop. After an empty match, Python searches again at the same position but refuses an
/// empty match there (sre's <c>must_advance</c>), so a later alternative may still match text at that position:
/// <c>re.sub(r'|a', '-', 'abc')</c> is <c>'---b-c-'</c>. .NET's <see cref="Regex.Replace(string, MatchEvaluator)"/>
/// steps one character on instead, so the loop is ours; <paramref name="nonEmptyAt"/> is the pattern anchored at the
/// search position and required to end past it.
/// </summary>
internal static class PythonSubstitution
{
    /// <summary>The translated pattern anchored at the search position (<c>\G</c>) and refusing to end there.</summary>
    public static string NonEmptyAt(string translatedPattern) => $@"\G(?:{translatedPattern})(?!\G)";

    public static string Replace(Regex regex, Regex nonEmptyAt, string input, MatchEvaluator evaluator)
    {
        var result = new StringBuilder(input.Length);
        var copied = 0;
        var position = 0;
        var mustAdvance = false;
        while (position <= input.Length)
        {
            var match = mustAdvance ? NextAfterEmpty(regex, nonEmptyAt, input, position) : regex.Match(input, position);
            if (match is null || !match.Success)
            {
                break;
            }

            result.Append(input, copied, match.Index - copied).Append(evaluator(match));
            copied = match.Index + match.Length;
            mustAdvance = match.Length == 0;
            position = copied;
        }

        return result.Append(input, copied, input.Length - copied).ToString();
    }

    /// <summary>A non-empty match at <paramref name="position"/>, else the next match from one code point on.</summary>
    private static Match? NextAfterEmpty(Regex regex, Regex nonEmptyAt, string input, int position)
    {
        var here = nonEmptyAt.Match(input, position);
        if (here.Success)
        {
            return here;
        }

        if (position >= input.Length)
        {
            return null;
        }

        var step = char.IsHighSurrogate(input[position]) && position + 1 < input.Length && char.IsLowSurrogate(input[position + 1]) ? 2 : 1;
        return regex.Match(input, position + step);
    }
}
