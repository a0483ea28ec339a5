namespace HydraEngine.Storage.Repositories;

/// <summary>
/// Remembers repository ids already resolved to the store's (service hash id → hash id, service tag id → tag id) across
/// update files, so content processing does not look each one up again per file. Repository ids are dense small
/// integers, so each map is an array in pages allocated on first use; a page budget bounds the memory (when it is
/// spent the map starts over empty, and misses fall back to the database). The store's hash and tag ids never change
/// once given, so an entry stays true; the owner forgets everything when a unit of work fails (its transaction rolled
/// back ids this cache may have learnt) and when a repository is reset.
/// </summary>
internal sealed class RepositoryIdCache
{
    private readonly Dictionary<int, (DenseIdMap Hashes, DenseIdMap Tags)> services = [];
    private readonly int pagesPerMap;

    /// <param name="pagesPerMap">Pages of <see cref="DenseIdMap.PageSize"/> ids each map may hold (4 bytes an id).</param>
    public RepositoryIdCache(int pagesPerMap = 256)
    {
        this.pagesPerMap = pagesPerMap;
    }

    public DenseIdMap Hashes(int serviceId) => Maps(serviceId).Hashes;

    public DenseIdMap Tags(int serviceId) => Maps(serviceId).Tags;

    public void Forget(int serviceId) => services.Remove(serviceId);

    public void ForgetAll() => services.Clear();

    private (DenseIdMap Hashes, DenseIdMap Tags) Maps(int serviceId)
    {
        if (!services.TryGetValue(serviceId, out var maps))
        {
            services[serviceId] = maps = (new DenseIdMap(pagesPerMap), new DenseIdMap(pagesPerMap));
        }

        return maps;
    }
}
