using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>dateparser's <c>sanitize_date</c> and <c>strip_braces</c>.</summary>
internal static partial class DateparserSanitizer
{
    public static string Sanitize(string text)
    {
        text = Skip().Replace(text, " ");
        text = Russian().Replace(text, "$1 ");
        text = Croatian().Replace(text, "$1.$2.$3 ");
        text = Spaces().Replace(text.Replace('\xa0', ' '), " ");
        text = TrimSpaces().Replace(text, "$1");
        text = Period().Replace(text, "");
        text = On().Replace(text, "$1");
        text = TrimColons().Replace(text, "$1");
        text = Apostrophes().Replace(text, "'");
        return Python.PythonChars.Strip(text);
    }

    public static string StripBraces(string text) => Braces().Replace(text, "");

    [GeneratedRegex("\t|\n|\r|\u00bb|,\\s\u0432\\b|\u200e|\u00b7|\u200f|\u064e|\u064f", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Skip();

    [GeneratedRegex(@"([\W\d])\u0433\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Russian();

    [GeneratedRegex(@"(\d+)\.\s?(\d+)\.\s?(\d+)\.( u)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Croatian();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s+(\S.*?)\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex TrimSpaces();

    [GeneratedRegex(@"(?<=[^0-9\s])\.", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Period();

    [GeneratedRegex(@"^.*?on:\s+(.*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex On();

    [GeneratedRegex(@"(\S.*?):*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex TrimColons();

    [GeneratedRegex("[\u2019\u02bc\u02bb\u055a\ua78c\u2032\u2035\u02b9\uff07]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Apostrophes();

    [GeneratedRegex(@"[{}()<>\[\]]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Braces();
}
