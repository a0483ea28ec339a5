using HydraEngine.Downloading;
using HydraEngine.Storage;

namespace HydraEngine.ClientApi;

/// <summary>
/// The store is one connection and not thread-safe: every request reaches it through this gate, one call at a time.
/// With a running download engine, use <see cref="Through"/> so requests and download jobs take turns on one gate.
/// </summary>
public sealed class StoreAccess
{
    private readonly Func<Func<HydraStore, object?>, object?> use;

    /// <summary>A gate of the API's own, for a store nothing else uses concurrently.</summary>
    public StoreAccess(HydraStore store)
    {
        var gate = new object();
        use = work =>
        {
            lock (gate)
            {
                return work(store);
            }
        };
    }

    private StoreAccess(Func<Func<HydraStore, object?>, object?> use) => this.use = use;

    /// <summary>The download engine's own store gate (its jobs and the API take turns).</summary>
    public static StoreAccess Through(DownloadEngine downloads) => new(work => downloads.UseStore(work));

    public T Use<T>(Func<HydraStore, T> work) => (T)use(store => work(store))!;

    public void Use(Action<HydraStore> work) => use(store =>
    {
        work(store);
        return null;
    });
}
