using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Search;

/// <summary>Caches <see cref="DomainSnapshot"/>s until this or another connection commits.</summary>
internal sealed class DomainSnapshots
{
    private readonly StoreDatabase database;
    private readonly Dictionary<int, DomainSnapshot> cache = [];
    private (long DataVersion, long Generation) version = (-1, -1);

    public DomainSnapshots(StoreDatabase database)
    {
        this.database = database;
    }

    /// <summary>The snapshot if one is cached and still current.</summary>
    public DomainSnapshot? Cached(int serviceId)
    {
        Refresh();
        return cache.GetValueOrDefault(serviceId);
    }

    public DomainSnapshot Get(int serviceId)
    {
        if (Cached(serviceId) is { } cached)
        {
            return cached;
        }

        var snapshot = DomainSnapshot.Load(database, serviceId);
        cache[serviceId] = snapshot;
        return snapshot;
    }

    private void Refresh()
    {
        var now = (database.DataVersion, database.Generation);
        if (now != version)
        {
            cache.Clear();
            version = now;
        }
    }
}
