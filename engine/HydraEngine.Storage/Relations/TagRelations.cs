using HydraEngine.Storage.Database;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Relations;

/// <summary>
/// Siblings and parents per tag service (<c>tag_siblings</c>, <c>tag_parents</c>): adding checks for loops
/// and conflicts; resolved rules are cached until this or another connection changes the database.
/// </summary>
internal sealed class TagRelations
{
    private readonly StoreDatabase database;
    private readonly TagIds tagIds;
    private readonly Dictionary<int, TagDisplayRules> cache = [];
    private long cachedDataVersion = -1;

    public TagRelations(StoreDatabase database, TagIds tagIds)
    {
        this.database = database;
        this.tagIds = tagIds;
    }

    public TagDisplayRules Rules(int serviceId)
    {
        var version = database.ExecuteScalar<long>("PRAGMA data_version");
        if (version != cachedDataVersion)
        {
            cache.Clear();
            cachedDataVersion = version;
        }

        if (!cache.TryGetValue(serviceId, out var rules))
        {
            rules = TagDisplayRules.Build(SiblingIds(serviceId), ParentIds(serviceId));
            cache[serviceId] = rules;
        }

        return rules;
    }

    /// <summary>Drops a service's cached rules after its pairs were written directly (repository processing).</summary>
    public void Forget(int serviceId) => cache.Remove(serviceId);

    /// <summary>Adds <paramref name="bad"/> → <paramref name="good"/>; false when that pair already exists.</summary>
    public bool AddSibling(int serviceId, string bad, string good)
    {
        var (badTag, goodTag) = (TagText.Clean(bad), TagText.Clean(good));
        if (badTag == goodTag)
        {
            throw new StoreException($"'{badTag}' cannot be its own sibling");
        }

        using var transaction = database.BeginWrite();
        var (badId, goodId) = (tagIds.GetOrCreate(badTag), tagIds.GetOrCreate(goodTag));
        var existing = database.ExecuteScalar<long?>(
            "SELECT good_tag_id FROM tag_siblings WHERE service_id = @serviceId AND bad_tag_id = @badId", new { serviceId, badId });
        if (existing == goodId)
        {
            return false;
        }

        if (existing is not null)
        {
            throw new StoreException($"'{badTag}' already has the sibling '{tagIds.TextOf(existing.Value)}'; remove that pair first");
        }

        var candidate = TagDisplayRules.Build([.. SiblingIds(serviceId), (badId, goodId)], ParentIds(serviceId));
        RefuseLoops(candidate, $"the sibling '{badTag}' → '{goodTag}'");
        database.Execute("INSERT INTO tag_siblings (service_id, bad_tag_id, good_tag_id) VALUES (@serviceId, @badId, @goodId)", new { serviceId, badId, goodId });
        transaction.Complete();
        cache.Remove(serviceId);
        return true;
    }

    public bool RemoveSibling(int serviceId, string bad, string good)
    {
        var (badId, goodId) = (tagIds.Find(TagText.Clean(bad)), tagIds.Find(TagText.Clean(good)));
        return badId is not null && goodId is not null && Remove(
            "DELETE FROM tag_siblings WHERE service_id = @serviceId AND bad_tag_id = @a AND good_tag_id = @b", serviceId, badId.Value, goodId.Value);
    }

    /// <summary>Adds <paramref name="child"/> → <paramref name="parent"/>; false when that pair already exists.</summary>
    public bool AddParent(int serviceId, string child, string parent)
    {
        var (childTag, parentTag) = (TagText.Clean(child), TagText.Clean(parent));
        using var transaction = database.BeginWrite();
        var (childId, parentId) = (tagIds.GetOrCreate(childTag), tagIds.GetOrCreate(parentTag));
        var rules = Rules(serviceId);
        if (rules.Ideal(childId) == rules.Ideal(parentId))
        {
            throw new StoreException($"'{childTag}' and '{parentTag}' are the same tag once siblings apply; a tag cannot be its own parent");
        }

        var exists = database.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM tag_parents WHERE service_id = @serviceId AND child_tag_id = @childId AND parent_tag_id = @parentId",
            new { serviceId, childId, parentId }) > 0;
        if (exists)
        {
            return false;
        }

        var candidate = TagDisplayRules.Build(SiblingIds(serviceId), [.. ParentIds(serviceId), (childId, parentId)]);
        RefuseLoops(candidate, $"the parent '{childTag}' → '{parentTag}'");
        database.Execute("INSERT INTO tag_parents (service_id, child_tag_id, parent_tag_id) VALUES (@serviceId, @childId, @parentId)", new { serviceId, childId, parentId });
        transaction.Complete();
        cache.Remove(serviceId);
        return true;
    }

    public bool RemoveParent(int serviceId, string child, string parent)
    {
        var (childId, parentId) = (tagIds.Find(TagText.Clean(child)), tagIds.Find(TagText.Clean(parent)));
        return childId is not null && parentId is not null && Remove(
            "DELETE FROM tag_parents WHERE service_id = @serviceId AND child_tag_id = @a AND parent_tag_id = @b", serviceId, childId.Value, parentId.Value);
    }

    public IReadOnlyList<TagSibling> Siblings(int serviceId)
    {
        var pairs = SiblingIds(serviceId);
        var rules = Rules(serviceId);
        var texts = tagIds.TextsOf(pairs.SelectMany(pair => new[] { pair.Bad, pair.Good, rules.Ideal(pair.Good) }));
        return pairs.Select(pair => new TagSibling(texts[pair.Bad], texts[pair.Good], texts[rules.Ideal(pair.Good)]))
            .OrderBy(sibling => sibling.BadTag, Model.Text.HumanSort.Comparer).ToList();
    }

    public IReadOnlyList<TagParent> Parents(int serviceId)
    {
        var pairs = ParentIds(serviceId);
        var texts = tagIds.TextsOf(pairs.SelectMany(pair => new[] { pair.Child, pair.Parent }));
        return pairs.Select(pair => new TagParent(texts[pair.Child], texts[pair.Parent]))
            .OrderBy(parent => parent.ChildTag, Model.Text.HumanSort.Comparer).ThenBy(parent => parent.ParentTag, Model.Text.HumanSort.Comparer).ToList();
    }

    private void RefuseLoops(TagDisplayRules candidate, string what)
    {
        if (candidate.FindSiblingCycle() is { } siblingLoop)
        {
            throw new StoreException($"{what} would make a sibling loop: {Describe(siblingLoop)}; not added");
        }

        if (candidate.FindParentCycle() is { } parentLoop)
        {
            throw new StoreException($"{what} would make a parent loop: {Describe(parentLoop)}; not added");
        }
    }

    private string Describe(IReadOnlyList<long> path)
    {
        var texts = tagIds.TextsOf(path);
        return string.Join(" → ", path.Select(id => $"'{texts[id]}'"));
    }

    private bool Remove(string sql, int serviceId, long a, long b)
    {
        using var transaction = database.BeginWrite();
        var removed = database.Execute(sql, new { serviceId, a, b }) > 0;
        transaction.Complete();
        cache.Remove(serviceId);
        return removed;
    }

    private List<(long Bad, long Good)> SiblingIds(int serviceId) =>
        database.Query<(long Bad, long Good)>("SELECT bad_tag_id, good_tag_id FROM tag_siblings WHERE service_id = @serviceId", new { serviceId }).ToList();

    private List<(long Child, long Parent)> ParentIds(int serviceId) =>
        database.Query<(long Child, long Parent)>("SELECT child_tag_id, parent_tag_id FROM tag_parents WHERE service_id = @serviceId", new { serviceId }).ToList();
}
