using HydraEngine.Storage;

namespace HydraEngine.ClientApi;

/// <summary>The store is one connection and not thread-safe: every request reaches it through this gate, one call at a time.</summary>
public sealed class StoreAccess(HydraStore store)
{
    private readonly object gate = new();

    public T Use<T>(Func<HydraStore, T> work)
    {
        lock (gate)
        {
            return work(store);
        }
    }

    public void Use(Action<HydraStore> work)
    {
        lock (gate)
        {
            work(store);
        }
    }
}
