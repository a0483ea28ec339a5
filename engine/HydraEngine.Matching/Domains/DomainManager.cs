using HydraEngine.Matching.UrlClasses;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Text;
using HydraEngine.Model.Urls;
using HydraEngine.Strings;

namespace HydraEngine.Matching.Domains;

/// <summary>
/// hydrus's domain manager for a set of URL classes and parsers (semantics.md §4): which class a URL is,
/// its normalised form, the API/redirect chain, the URL to fetch and the parser linked to it.
/// </summary>
public sealed class DomainManager
{
    private readonly List<(DomainMaskKey Key, DomainMaskEngine Mask, List<UrlClassEngine> Classes)> groups = [];
    private readonly Dictionary<string, PageParser> parsersByKey;
    private readonly Dictionary<string, string> links;

    /// <param name="urlClasses">The URL classes.</param>
    /// <param name="parsers">The page parsers to link them to.</param>
    /// <param name="manualLinks">Class key → parser key links the user set.</param>
    /// <param name="strings">The engine's string services (URL class converters run through them); the built-in ones when null.</param>
    public DomainManager(IEnumerable<UrlClass> urlClasses, IEnumerable<PageParser> parsers, IReadOnlyDictionary<string, string>? manualLinks = null, StringServices? strings = null)
    {
        // hydrus keeps its URL classes sorted by name; domain masks are then grouped in that order
        UrlClasses = urlClasses.OrderBy(urlClass => urlClass.Name, PythonText.CodePointComparer).Select(urlClass => new UrlClassEngine(urlClass, strings)).ToList();
        foreach (var engine in UrlClasses)
        {
            var key = DomainMaskKey.Of(engine.Class.DomainMask);
            var group = groups.FindIndex(existing => existing.Key == key);
            if (group < 0)
            {
                groups.Add((key, engine.Mask, [engine]));
            }
            else
            {
                groups[group].Classes.Add(engine);
            }
        }

        foreach (var group in groups)
        {
            Sort(group.Classes);
        }

        var parserList = parsers.ToList();
        parsersByKey = parserList.GroupBy(parser => parser.Key).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        links = new Dictionary<string, string>(manualLinks ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (classKey, parserKey) in ParserLinking.Link(UrlClasses, parserList, links))
        {
            links[classKey] = parserKey;
        }
    }

    public IReadOnlyList<UrlClassEngine> UrlClasses { get; }

    /// <summary>The class key → parser key links (manual ones first, then hydrus's automatic linking).</summary>
    public IReadOnlyDictionary<string, string> Links => links;

    /// <summary>The most specific URL class the URL fits, or null for an unknown URL.</summary>
    public UrlClassEngine? GetUrlClass(string url)
    {
        if (!HydrusUrls.LooksLikeAFullUrl(url))
        {
            return null;
        }

        var netloc = HydrusUrls.Parse(url).Netloc;
        foreach (var group in groups.Where(group => group.Mask.Matches(netloc)).OrderByDescending(group => group.Mask.Complexity))
        {
            foreach (var engine in group.Classes)
            {
                if (engine.Matches(url))
                {
                    return engine;
                }
            }
        }

        return null;
    }

    /// <summary>hydrus's <c>NormaliseURL</c>: by the URL's class; unknown full URLs just encoded without fragment.</summary>
    public string NormaliseUrl(string url, bool forServer = false)
    {
        if (!HydrusUrls.LooksLikeAFullUrl(url))
        {
            return url;
        }

        return GetUrlClass(url) is { } engine ? engine.Normalise(url, forServer) : HydrusUrls.EnsureEncoded(url, keepFragment: false);
    }

    /// <summary>Follows API/redirect conversions: the chain of classes and the final URL to fetch.</summary>
    public (IReadOnlyList<UrlClassEngine> Chain, string UrlToFetch) GetApiChain(string url)
    {
        var first = GetUrlClass(url) ?? throw new UrlClassException($"Could not find a URL Class for {url}!");
        var chain = new List<UrlClassEngine> { first };
        var current = first;
        var apiUrl = url;
        while (current.UsesApiUrl)
        {
            apiUrl = current.GetApiUrl(apiUrl);
            current = GetUrlClass(apiUrl) ?? throw new UrlClassException($"Could not find an API/Redirect URL Class for {apiUrl} URL, which originally came from {url}!");
            if (chain.Contains(current))
            {
                throw new UrlClassException($"Could not find an API/Redirect URL Class for {url} as it and its API url classes linked in a loop of size {chain.Count}!");
            }

            chain.Add(current);
        }

        return (chain, current.Normalise(apiUrl, forServer: true));
    }

    /// <summary>hydrus's <c>GetURLToFetch</c>: an unknown URL is fetched as given; a known one through its API chain.</summary>
    public string GetUrlToFetch(string url)
    {
        if (GetUrlClass(url) is null)
        {
            return url;
        }

        try
        {
            return GetApiChain(url).UrlToFetch;
        }
        catch (UrlClassException exception)
        {
            throw new UrlClassException($"Could not find a URL class for {url}!\n\n{exception.Message}");
        }
    }

    /// <summary>The URL to fetch and the parser that parses it. Throws <see cref="UrlClassException"/> as hydrus does.</summary>
    public (string UrlToFetch, PageParser Parser) GetUrlToFetchAndParser(string url)
    {
        (IReadOnlyList<UrlClassEngine> Chain, string UrlToFetch) resolved;
        try
        {
            resolved = GetApiChain(url);
        }
        catch (UrlClassException exception)
        {
            throw new UrlClassException($"Could not find a URL class for {url}!\n\n{exception.Message}");
        }

        var last = resolved.Chain[^1];
        if (links.TryGetValue(last.Class.Key, out var parserKey) && parsersByKey.TryGetValue(parserKey, out var parser))
        {
            return (resolved.UrlToFetch, parser);
        }

        throw new UrlClassException($"Could not find a parser for {last.Class.Name} URL Class!");
    }

    /// <summary>Most complex first; ties keep their order (Python's stable reverse sort).</summary>
    internal static void Sort(List<UrlClassEngine> engines)
    {
        var ordered = engines.Select((engine, index) => (engine, index)).OrderByDescending(entry => entry.engine.Complexity).ThenBy(entry => entry.index).Select(entry => entry.engine).ToList();
        engines.Clear();
        engines.AddRange(ordered);
    }
}
