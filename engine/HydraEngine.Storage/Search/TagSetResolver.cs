using HydraEngine.Storage.Relations;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Search;

/// <summary>Storage (service, tag id) pairs a file may have to match a tag-like predicate, siblings and parents applied.</summary>
internal sealed record TagSet(IReadOnlyDictionary<int, IReadOnlySet<long>> TagIdsByService)
{
    public int Count => TagIdsByService.Values.Sum(set => set.Count);

    public bool IsEmpty => Count == 0;
}

/// <summary>Resolves tag, namespace and wildcard predicates to <see cref="TagSet"/>s for the searched tag services.</summary>
internal sealed class TagSetResolver
{
    private readonly TagIds tagIds;
    private readonly IReadOnlyList<(int ServiceId, TagDisplayRules Rules)> services;

    public TagSetResolver(TagIds tagIds, IReadOnlyList<(int ServiceId, TagDisplayRules Rules)> services)
    {
        this.tagIds = tagIds;
        this.services = services;
    }

    public IReadOnlyList<int> ServiceIds => services.Select(service => service.ServiceId).ToList();

    public TagSet Resolve(SearchPredicate predicate)
    {
        IReadOnlyList<long> matched = predicate switch
        {
            TagPredicate tag => tagIds.Find(tag.Tag) is { } id ? [id] : [],
            NamespacePredicate ns => tagIds.InNamespace(ns.Namespace),
            WildcardPredicate wildcard => tagIds.Matching(wildcard.NamespacePattern, wildcard.SubtagPattern),
            _ => throw new ArgumentException($"{predicate} is not a tag predicate", nameof(predicate)),
        };

        var result = new Dictionary<int, IReadOnlySet<long>>();
        foreach (var (serviceId, rules) in services)
        {
            if (rules.IsEmpty)
            {
                result[serviceId] = matched.ToHashSet();
                continue;
            }

            var set = new HashSet<long>();
            foreach (var tagId in matched)
            {
                set.UnionWith(rules.SearchSet(tagId));
            }

            result[serviceId] = set;
        }

        return new TagSet(result);
    }
}
