using HydraEngine.Repositories;
using HydraEngine.Repositories.Sync;
using HydraEngine.Storage;

namespace HydraEngine.Host.Maintenance;

/// <summary>
/// Tag repositories synchronised while <c>hydra serve</c> is idle, one bounded step per slice: refresh a repository
/// whose next update is due (or that this engine has not refreshed yet), else download its next missing update
/// file, else process for half a second. Network waits never hold the store. A repository that fails is left
/// until its retry time; paused repositories are left alone.
/// </summary>
internal sealed class RepositorySyncJob : IMaintenanceJob
{
    private static readonly TimeSpan ProcessingSlice = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, DateTimeOffset> refreshed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset> failedUntil = new(StringComparer.OrdinalIgnoreCase);

    public string Name => "repository sync";

    public MaintenanceSlice RunSlice(HydraEngineInstance engine, CancellationToken cancellationToken)
    {
        var access = new EngineStoreAccess(engine);
        var synchroniser = new RepositorySynchroniser(access);
        var now = engine.Clock.GetUtcNow();
        var repositories = engine.UseStore(store => store.Repositories.All().Where(repository => !repository.Paused).ToList());
        foreach (var repository in repositories)
        {
            if (failedUntil.GetValueOrDefault(repository.Name) <= now)
            {
                try
                {
                    if (NetworkStep(synchroniser, repository, now, cancellationToken) is { } networked)
                    {
                        return networked;
                    }
                }
                catch (RepositoryException exception)
                {
                    failedUntil[repository.Name] = now + RetryAfterFailure;
                    return new MaintenanceSlice(true, $"{repository.Name}: {exception.Message} (retrying in {RetryAfterFailure.TotalMinutes:0} min; kept update files are still processed)");
                }
            }

            try
            {
                var processed = synchroniser.Process(repository.Name, ProcessingSlice, cancellationToken);
                if (processed.UnitsDone > 0)
                {
                    return new MaintenanceSlice(true, $"{repository.Name}: processed {processed.Rows:N0} rows, {processed.UnitsLeft} unit(s) left");
                }
            }
            catch (StoreException exception)
            {
                return new MaintenanceSlice(false, $"{repository.Name}: processing stopped: {exception.Message}");
            }
        }

        return MaintenanceSlice.Done;
    }

    /// <summary>Refreshes a repository that is due (or new to this engine), else downloads its next missing file; null when neither had work.</summary>
    private MaintenanceSlice? NetworkStep(RepositorySynchroniser synchroniser, Storage.Repositories.RepositoryService repository, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = now.ToUnixTimeSeconds() >= repository.NextUpdateDue && refreshed.GetValueOrDefault(repository.Name) < now - RetryAfterFailure;
        if (!refreshed.ContainsKey(repository.Name) || due)
        {
            var listed = synchroniser.RefreshAsync(repository.Name, NetworkTimeout, cancellationToken).GetAwaiter().GetResult();
            refreshed[repository.Name] = now;
            return new MaintenanceSlice(true, listed > 0 ? $"{repository.Name}: {listed} new update file(s) listed" : null);
        }

        return synchroniser.DownloadNextAsync(repository.Name, NetworkTimeout, cancellationToken).GetAwaiter().GetResult() ? new MaintenanceSlice(true) : null;
    }

    /// <summary>The engine's store, reached one caller at a time with the download jobs.</summary>
    private sealed class EngineStoreAccess(HydraEngineInstance engine) : IRepositoryStoreAccess
    {
        public T Use<T>(Func<HydraStore, T> work) => engine.UseStore(work);
    }
}
