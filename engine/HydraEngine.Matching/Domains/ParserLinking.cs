using HydraEngine.Matching.UrlClasses;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Text;

namespace HydraEngine.Matching.Domains;

/// <summary>
/// hydrus's <c>STATICLinkURLClassesAndParsers</c>: for each parser (by name), each example URL links the first
/// matching class in complexity order (skipping API-source classes) if it is parsable and not yet linked.
/// </summary>
internal static class ParserLinking
{
    public static Dictionary<string, string> Link(IReadOnlyList<UrlClassEngine> classes, IEnumerable<PageParser> parsers, IReadOnlyDictionary<string, string> existing)
    {
        var ordered = classes.ToList();
        DomainManager.Sort(ordered);
        var apiSources = ApiSources(ordered);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parser in parsers.OrderBy(parser => parser.Name, PythonText.CodePointComparer))
        {
            foreach (var example in parser.ExampleUrls)
            {
                foreach (var engine in ordered)
                {
                    if (apiSources.Contains(engine) || !engine.Matches(example))
                    {
                        continue;
                    }

                    var key = engine.Class.Key;
                    if (engine.IsParsable && !existing.ContainsKey(key) && !links.ContainsKey(key))
                    {
                        links[key] = parser.Key;
                    }

                    break;
                }
            }
        }

        return links;
    }

    /// <summary>Classes whose API URL (from their encoded example) matches another class: they are never parsed themselves.</summary>
    private static HashSet<UrlClassEngine> ApiSources(List<UrlClassEngine> ordered)
    {
        var sources = new HashSet<UrlClassEngine>();
        foreach (var engine in ordered.Where(engine => engine.UsesApiUrl))
        {
            string apiUrl;
            try
            {
                apiUrl = engine.GetApiUrl(HydrusUrls.EnsureEncoded(engine.Class.ExampleUrl));
            }
            catch (UrlClassException)
            {
                continue;
            }

            if (ordered.Any(other => other != engine && other.Matches(apiUrl)))
            {
                sources.Add(engine);
            }
        }

        return sources;
    }
}
