using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;

namespace HydraEngine.Matching.Domains;

/// <summary>The page parser a set of definitions (a bundle's items) links to a URL through its own URL classes, as hydrus would pick it.</summary>
public static class LinkedParser
{
    /// <summary>The linked parser, or null when no URL class of <paramref name="items"/> leads <paramref name="url"/> to one.</summary>
    public static PageParser? For(IReadOnlyList<Definition> items, string url)
    {
        try
        {
            return new DomainManager(items.OfType<UrlClass>(), items.OfType<PageParser>()).GetUrlToFetchAndParser(url).Parser;
        }
        catch (UrlClassException)
        {
            return null;
        }
    }
}
