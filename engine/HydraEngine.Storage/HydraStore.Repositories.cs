using HydraEngine.Storage.Repositories;

namespace HydraEngine.Storage;

/// <summary>Repositories: hydrus tag repositories synchronised into the store.</summary>
public sealed partial class HydraStore
{
    private RepositoryStore? repositories;

    /// <summary>Repository services, their update files, processing and pending uploads.</summary>
    public RepositoryStore Repositories => repositories ??= new RepositoryStore(parts);
}
