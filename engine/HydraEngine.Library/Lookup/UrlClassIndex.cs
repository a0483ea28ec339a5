using System.Collections.Concurrent;
using HydraEngine.Matching.Domains;
using HydraEngine.Matching.UrlClasses;
using HydraEngine.Model.Text;

namespace HydraEngine.Library.Lookup;

/// <summary>
/// The same choice as <see cref="DomainManager.GetUrlClass"/>, fast. hydrus tries the domain masks that match the
/// netloc, most complex first, and in each mask its classes most specific first. Laid end to end those lists form
/// one fixed order; a class whose mask does not match the netloc never matches the URL, so trying a superset of
/// the matching masks' classes in that order picks the same class. The superset comes from an index of raw domains
/// by netloc suffix (a raw domain only matches a netloc that is it or ends in "." + it) plus every mask with a
/// regex, memoised per netloc; classes whose path or parameter rules the URL cannot meet are skipped untested.
/// </summary>
internal sealed class UrlClassIndex
{
    private const int MemoLimit = 65_536;

    private readonly List<(int Rank, UrlClassCandidate[] Candidates)> groups = [];
    private readonly Dictionary<string, List<int>> groupsByRawDomain = new(StringComparer.Ordinal);
    private readonly List<int> regexGroups = [];
    private readonly ConcurrentDictionary<string, UrlClassCandidate[]> candidatesByNetloc = new(StringComparer.Ordinal);
    private readonly UrlClassCandidate[] everything;

    public UrlClassIndex(DomainManager manager)
    {
        var ordered = OrderedGroups(manager);
        for (var rank = 0; rank < ordered.Count; rank++)
        {
            var engines = ordered[rank];
            groups.Add((rank, engines.Select(UrlClassCandidate.Of).ToArray()));
            var mask = engines[0].Class.DomainMask;
            if (mask.DomainRegexes.Count > 0)
            {
                regexGroups.Add(rank);
                continue;
            }

            foreach (var domain in mask.RawDomains.Distinct(StringComparer.Ordinal))
            {
                if (!groupsByRawDomain.TryGetValue(domain, out var list))
                {
                    groupsByRawDomain[domain] = list = [];
                }

                list.Add(rank);
            }
        }

        everything = groups.SelectMany(group => group.Candidates).ToArray();
    }

    /// <summary>The most specific URL class the URL fits, or null: exactly <see cref="DomainManager.GetUrlClass"/>.</summary>
    public UrlClassEngine? GetUrlClass(string url)
    {
        if (!HydrusUrls.LooksLikeAFullUrl(url))
        {
            return null;
        }

        var candidates = Candidates(HydrusUrls.Parse(url).Netloc);
        var shape = candidates.Length > 0 ? UrlShape.Of(url) : null;
        foreach (var candidate in candidates)
        {
            if ((shape is null || candidate.CanMatch(shape)) && candidate.Engine.Matches(url))
            {
                return candidate.Engine;
            }
        }

        return null;
    }

    private UrlClassCandidate[] Candidates(string netloc)
    {
        if (netloc.Any(character => character < ' '))
        {
            return everything;
        }

        if (candidatesByNetloc.TryGetValue(netloc, out var cached))
        {
            return cached;
        }

        if (candidatesByNetloc.Count >= MemoLimit)
        {
            candidatesByNetloc.Clear();
        }

        var ranks = new SortedSet<int>(regexGroups);
        AddRanks(ranks, netloc);
        for (var dot = netloc.IndexOf('.'); dot >= 0; dot = netloc.IndexOf('.', dot + 1))
        {
            AddRanks(ranks, netloc[(dot + 1)..]);
        }

        var candidates = ranks.SelectMany(rank => groups[rank].Candidates).ToArray();
        candidatesByNetloc[netloc] = candidates;
        return candidates;
    }

    private void AddRanks(SortedSet<int> ranks, string suffix)
    {
        if (groupsByRawDomain.TryGetValue(suffix, out var list))
        {
            ranks.UnionWith(list);
        }
    }

    /// <summary>hydrus's groups: masks in first-seen order over the name-sorted classes, stably sorted by mask complexity.</summary>
    private static List<UrlClassEngine[]> OrderedGroups(DomainManager manager)
    {
        var byMask = new List<(string Key, int Complexity, List<UrlClassEngine> Engines)>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var engine in manager.UrlClasses)
        {
            var mask = engine.Class.DomainMask;
            var key = string.Join('\u0001', mask.RawDomains) + '\u0002' + string.Join('\u0001', mask.DomainRegexes) + '\u0002' + mask.MatchSubdomains;
            if (!positions.TryGetValue(key, out var position))
            {
                positions[key] = position = byMask.Count;
                byMask.Add((key, engine.DomainComplexity, []));
            }

            byMask[position].Engines.Add(engine);
        }

        return byMask
            .Select((group, index) => (group, index))
            .OrderByDescending(entry => entry.group.Complexity)
            .ThenBy(entry => entry.index)
            .Select(entry => entry.group.Engines
                .Select((engine, index) => (engine, index))
                .OrderByDescending(item => item.engine.Complexity)
                .ThenBy(item => item.index)
                .Select(item => item.engine)
                .ToArray())
            .ToList();
    }
}
