using HydraEngine.Matching.Domains;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;
using HydraEngine.Strings;

namespace HydraEngine.Library.Lookup;

/// <summary>
/// Builds hydrus's domain manager over library objects with each object's <em>name</em> standing in for its key:
/// names are unique per kind in the library while keys copied between shared downloaders often are not, and
/// manual links are stored by name. Results map back to library objects by name.
/// </summary>
internal static class NamedDomainManager
{
    /// <summary>The parser "name" a manual "never parse" link points at: no parser can have it.</summary>
    public const string NoParser = "\0no parser";

    public static DomainManager Build(IEnumerable<UrlClass> urlClasses, IEnumerable<PageParser> parsers, IReadOnlyDictionary<string, string?> manualLinks, StringServices strings) =>
        new(
            urlClasses.Select(urlClass => urlClass with { Key = urlClass.Name }),
            parsers.Select(parser => parser with { Key = parser.Name }),
            manualLinks.ToDictionary(link => link.Key, link => link.Value ?? NoParser, StringComparer.Ordinal),
            strings);
}
