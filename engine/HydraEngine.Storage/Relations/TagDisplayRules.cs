namespace HydraEngine.Storage.Relations;

/// <summary>
/// One tag service's siblings and parents, resolved in memory: a sibling chain ends at its ideal tag; parents
/// apply between ideal tags and are transitive. Search for a tag matches every storage tag whose display
/// (ideal plus implied parents) includes that tag's ideal.
/// </summary>
internal sealed class TagDisplayRules
{
    private readonly Dictionary<long, long> goodOf;
    private readonly Dictionary<long, HashSet<long>> membersOf = [];
    private readonly Dictionary<long, HashSet<long>> parentsOf = [];
    private readonly Dictionary<long, HashSet<long>> childrenOf = [];

    private TagDisplayRules(IEnumerable<(long Bad, long Good)> siblings, IEnumerable<(long Child, long Parent)> parents)
    {
        goodOf = siblings.ToDictionary(pair => pair.Bad, pair => pair.Good);
        foreach (var tag in goodOf.Keys.Concat(goodOf.Values).Distinct())
        {
            Add(membersOf, Ideal(tag), tag);
        }

        foreach (var (child, parent) in parents)
        {
            var idealChild = Ideal(child);
            var idealParent = Ideal(parent);
            if (idealChild != idealParent)
            {
                Add(parentsOf, idealChild, idealParent);
                Add(childrenOf, idealParent, idealChild);
            }
        }
    }

    public static TagDisplayRules Empty { get; } = new([], []);

    public bool IsEmpty => goodOf.Count == 0 && parentsOf.Count == 0;

    public static TagDisplayRules Build(IEnumerable<(long Bad, long Good)> siblings, IEnumerable<(long Child, long Parent)> parents) =>
        new(siblings, parents);

    /// <summary>The end of the tag's sibling chain (the tag itself when it has no sibling).</summary>
    public long Ideal(long tagId)
    {
        var current = tagId;
        for (var steps = 0; goodOf.TryGetValue(current, out var next) && steps <= goodOf.Count; steps++)
        {
            current = next;
        }

        return current;
    }

    /// <summary>The tag as displayed: its ideal and every implied parent (ideal space).</summary>
    public IReadOnlySet<long> Display(long tagId)
    {
        var ideal = Ideal(tagId);
        var result = Closure(ideal, parentsOf);
        result.Add(ideal);
        return result;
    }

    /// <summary>Every tag of the tag's sibling chain, its ideal included (just the tag when it has no siblings).</summary>
    public IReadOnlySet<long> SiblingChain(long tagId) =>
        membersOf.TryGetValue(Ideal(tagId), out var members) ? members : new HashSet<long> { tagId };

    /// <summary>The ideal tags the tag implies through parents, transitively.</summary>
    public IReadOnlySet<long> Ancestors(long tagId) => Closure(Ideal(tagId), parentsOf);

    /// <summary>The ideal tags that imply this tag through parents, transitively.</summary>
    public IReadOnlySet<long> Descendants(long tagId) => Closure(Ideal(tagId), childrenOf);

    /// <summary>Storage tag ids that make a file match a search for <paramref name="tagId"/>.</summary>
    public IReadOnlySet<long> SearchSet(long tagId)
    {
        if (IsEmpty)
        {
            return new HashSet<long> { tagId };
        }

        var ideal = Ideal(tagId);
        var ideals = Closure(ideal, childrenOf);
        ideals.Add(ideal);
        var result = new HashSet<long>();
        foreach (var each in ideals)
        {
            result.Add(each);
            if (membersOf.TryGetValue(each, out var members))
            {
                result.UnionWith(members);
            }
        }

        return result;
    }

    /// <summary>A sibling loop as a path of tag ids (first = last), or null.</summary>
    public IReadOnlyList<long>? FindSiblingCycle()
    {
        foreach (var start in goodOf.Keys)
        {
            var path = new List<long> { start };
            var seen = new HashSet<long> { start };
            for (var current = start; goodOf.TryGetValue(current, out var next); current = next)
            {
                path.Add(next);
                if (!seen.Add(next))
                {
                    return path[path.IndexOf(next)..];
                }
            }
        }

        return null;
    }

    /// <summary>A parent loop between ideal tags as a path (first = last), or null.</summary>
    public IReadOnlyList<long>? FindParentCycle()
    {
        foreach (var start in parentsOf.Keys)
        {
            if (PathTo(start, start, []) is { } path)
            {
                return [start, .. path];
            }
        }

        return null;
    }

    private List<long>? PathTo(long from, long target, HashSet<long> visited)
    {
        if (!parentsOf.TryGetValue(from, out var parents))
        {
            return null;
        }

        foreach (var parent in parents)
        {
            if (parent == target)
            {
                return [parent];
            }

            if (visited.Add(parent) && PathTo(parent, target, visited) is { } rest)
            {
                return [parent, .. rest];
            }
        }

        return null;
    }

    private static HashSet<long> Closure(long start, Dictionary<long, HashSet<long>> edges)
    {
        var result = new HashSet<long>();
        var pending = new Stack<long>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            if (!edges.TryGetValue(pending.Pop(), out var next))
            {
                continue;
            }

            foreach (var tag in next)
            {
                if (tag != start && result.Add(tag))
                {
                    pending.Push(tag);
                }
            }
        }

        return result;
    }

    private static void Add(Dictionary<long, HashSet<long>> map, long key, long value)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = [];
        }

        set.Add(value);
    }
}
