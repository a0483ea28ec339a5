using HydraEngine.Storage;

namespace HydraEngine.Downloading.Work;

/// <summary>The store is one connection and not thread-safe: every job reaches it through this gate, one call at a time.</summary>
internal sealed class StoreGate(HydraStore store)
{
    private readonly object gate = new();

    public HydraStore Unsafe => store;

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
