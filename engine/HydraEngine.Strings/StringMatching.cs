using System.Collections.Frozen;
using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings;

/// <summary>Tests text against a hydrus String Match (51), objects.md §1.</summary>
public static class StringMatching
{
    /// <summary>The pattern of each flexible character class word (hydrus's own patterns).</summary>
    private static readonly FrozenDictionary<string, string> FlexiblePatterns = new Dictionary<string, string>
    {
        ["alpha"] = "^[a-zA-Z]+$",
        ["alphanumeric"] = @"^[a-zA-Z\d]+$",
        ["numeric"] = @"^\d+$",
        ["hex"] = @"^[\da-fA-F]+$",
        ["base64"] = @"^[a-zA-Z\d+/]+={0,2}$",
        ["base64_url"] = @"^[a-zA-Z\d\-_]+={0,2}$",
        ["base64_url_encoded"] = @"^([a-zA-Z\d]|%2B|%2F)+(%3D){0,2}$",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="text"/> passes: min/max length in code points on the raw text, then FIXED exact
    /// equality, FLEXIBLE/REGEX a Python <c>re.search</c> on the text with line breaks removed and ends stripped
    /// (an invalid pattern, or one that runs past <see cref="PythonRegex.MatchTimeout"/>, does not match; an
    /// unknown flexible class matches everything), ANY or an unknown type always.
    /// </summary>
    public static bool Matches(StringMatch match, string text)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(text);
        if (match.MinChars is not null || match.MaxChars is not null)
        {
            var length = PythonSlice.CodePointCount(text);
            if (length < match.MinChars || length > match.MaxChars)
            {
                return false;
            }
        }

        return match.MatchType switch
        {
            StringMatchType.Fixed => string.Equals(text, match.Value, StringComparison.Ordinal),
            StringMatchType.Flexible => PythonRegex.SearchMatches(FlexiblePatterns.GetValueOrDefault(match.Value, ""), PythonChars.JoinLinesAndStrip(text)),
            StringMatchType.Regex => PythonRegex.SearchMatches(match.Value, PythonChars.JoinLinesAndStrip(text)),
            _ => true,
        };
    }
}
