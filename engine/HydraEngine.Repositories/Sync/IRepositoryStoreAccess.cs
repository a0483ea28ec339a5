using HydraEngine.Storage;

namespace HydraEngine.Repositories.Sync;

/// <summary>
/// How repository work reaches the store: directly (the CLI owns it), or through an engine's store gate (in
/// <c>hydra serve</c> the store is shared with downloads, and network waits must not hold it).
/// </summary>
public interface IRepositoryStoreAccess
{
    T Use<T>(Func<HydraStore, T> work);
}

/// <summary>The store used directly by its only user.</summary>
public sealed class DirectStoreAccess(HydraStore store) : IRepositoryStoreAccess
{
    public T Use<T>(Func<HydraStore, T> work) => work(store);
}
