using System.Text;
using System.Text.RegularExpressions;
using HydraEngine.Model.Text;
using HydraEngine.Model.Urls;
using HydraEngine.Strings;

namespace HydraEngine.Matching.UrlClasses;

/// <summary>
/// A compiled URL Domain Mask (139): patterns = regexes ∪ re.escape(raw domains), sorted; a netloc matches
/// <c>^(.*\.)?P$</c> (subdomains) or <c>^(www[^.]*\.)?P$</c>; normalising keeps the first <c>P$</c> suffix found.
/// </summary>
internal sealed class DomainMaskEngine
{
    private readonly Regex[] matchPatterns;
    private readonly Regex[] clipPatterns;

    public DomainMaskEngine(UrlDomainMask mask)
    {
        Mask = mask;
        var patterns = mask.DomainRegexes.Concat(mask.RawDomains.Select(PythonEscape)).Order(PythonText.CodePointComparer).ToArray();
        try
        {
            matchPatterns = patterns.Select(pattern => PythonRegex.Get((mask.MatchSubdomains ? @"^(.*\.)?" : @"^(www[^\.]*\.)?") + pattern + "$")).ToArray();
            clipPatterns = patterns.Select(pattern => PythonRegex.Get(pattern + "$")).ToArray();
        }
        catch (ArgumentException)
        {
            // hydrus: a bad domain regex leaves the mask matching nothing
            matchPatterns = [];
            clipPatterns = [];
        }

        Complexity = mask.RawDomains.Concat(mask.DomainRegexes).Select(text => text.Length).DefaultIfEmpty(10).Max();
    }

    public UrlDomainMask Mask { get; }

    /// <summary>Sorting complexity: the longest raw domain or regex (10 with none).</summary>
    public int Complexity { get; }

    public bool Matches(string netloc) => matchPatterns.Any(pattern => SafeRegex.IsMatch(pattern, netloc));

    public string Normalise(string netloc)
    {
        if (Mask.KeepMatchedSubdomains)
        {
            return netloc;
        }

        foreach (var pattern in clipPatterns)
        {
            if (SafeRegex.Match(pattern, netloc) is { Success: true } match)
            {
                return match.Value;
            }
        }

        throw new UrlClassException("Could not match that domain with this domain mask!");
    }

    /// <summary>Python's <c>re.escape</c> (3.7+): a backslash before each regex-special character.</summary>
    internal static string PythonEscape(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var character in text)
        {
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\v\f".Contains(character))
            {
                builder.Append('\\');
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}

/// <summary>Regex calls that treat a timeout as "no match" rather than an escaping exception.</summary>
internal static class SafeRegex
{
    public static bool IsMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static Match? Match(Regex regex, string input)
    {
        try
        {
            return regex.Match(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
