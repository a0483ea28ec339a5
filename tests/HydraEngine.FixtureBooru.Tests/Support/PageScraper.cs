using System.Text.RegularExpressions;

namespace HydraEngine.FixtureBooru.Tests.Support;

/// <summary>Reads the few facts the HTTP tests need out of served markup.</summary>
internal static partial class PageScraper
{
    public static IReadOnlyList<int> GalleryPostIds(string html) =>
        GalleryIdPattern().Matches(html).Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public static string? NextLink(string html) => NextPattern().Match(html) is { Success: true } match ? match.Groups[1].Value.Replace("&amp;", "&") : null;

    public static IReadOnlyList<string> ThreadFileLinks(string html) =>
        ThreadFilePattern().Matches(html).Select(match => match.Groups[1].Value).ToList();

    [GeneratedRegex("<article class=\"thumb post\" data-id=\"(\\d+)\"")]
    private static partial Regex GalleryIdPattern();

    [GeneratedRegex("<a class=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextPattern();

    [GeneratedRegex("<a class=\"fileThumb\" href=\"([^\"]+)\"")]
    private static partial Regex ThreadFilePattern();
}
