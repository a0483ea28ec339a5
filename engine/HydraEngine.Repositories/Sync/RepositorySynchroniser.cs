using HydraEngine.Repositories.Protocol;
using HydraEngine.Repositories.Updates;
using HydraEngine.Storage;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Sync;

/// <summary>
/// Synchronisation of a repository in steps that never hold the store across a network wait: refresh (session,
/// metadata since the last known update index, account), download the next missing update file (checked against
/// its hash, kept in the store), process for a while. <see cref="SyncAsync"/> runs them all; <c>hydra serve</c>
/// runs them one slice at a time. A paused repository is left alone.
/// </summary>
public sealed class RepositorySynchroniser(IRepositoryStoreAccess store)
{
    public RepositorySynchroniser(HydraStore store)
        : this(new DirectStoreAccess(store))
    {
    }

    public async Task<SyncReport> SyncAsync(string name, SyncOptions options, CancellationToken cancellationToken)
    {
        var repository = store.Use(s => s.Repositories.Get(name));
        if (repository.Paused && !options.EvenIfPaused)
        {
            return new SyncReport(repository.Name, Paused: true, 0, 0, null);
        }

        var listed = await RefreshAsync(name, options.Timeout, cancellationToken).ConfigureAwait(false);
        var downloaded = 0;
        while (await DownloadNextAsync(name, options.Timeout, cancellationToken).ConfigureAwait(false))
        {
            downloaded++;
        }

        var processing = options.Process ? Process(name, options.ProcessingBudget, cancellationToken) : null;
        return new SyncReport(repository.Name, Paused: false, listed, downloaded, processing);
    }

    /// <summary>Fetches the metadata since the last known update index and the account; returns how many update files were new.</summary>
    public Task<int> RefreshAsync(string name, TimeSpan? timeout, CancellationToken cancellationToken) => WithClientAsync(name, timeout, async (repository, client) =>
    {
        var since = store.Use(s => s.Repositories.Updates(repository) is { Count: > 0 } known ? known.Max(update => update.UpdateIndex) + 1 : 0);
        var metadata = await client.MetadataAsync(since, cancellationToken).ConfigureAwait(false);
        var account = await client.AccountAsync(cancellationToken).ConfigureAwait(false);
        return store.Use(s =>
        {
            var added = s.Repositories.RegisterUpdates(repository, metadata.Updates.SelectMany(update => update.Hashes.Select(hash => (update.UpdateIndex, hash))));
            s.Repositories.SetNextUpdateDue(repository, metadata.NextUpdateDue);
            s.Repositories.SetAccount(repository, account.Json);
            s.Repositories.SetLastError(repository, null);
            return added;
        });
    });

    /// <summary>Downloads the lowest-index update file not yet kept; false when every listed file is kept.</summary>
    public Task<bool> DownloadNextAsync(string name, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var next = store.Use(s => s.Repositories.Updates(s.Repositories.Get(name)).FirstOrDefault(update => !update.Downloaded));
        return next is null ? Task.FromResult(false) : WithClientAsync(name, timeout, async (repository, client) =>
        {
            var bytes = await client.UpdateFileAsync(next.Hash, cancellationToken).ConfigureAwait(false);
            var mime = UpdateFileReader.MimeOf(bytes, $"update file {next.Hash.ToHex()} (index {next.UpdateIndex})");
            store.Use(s =>
            {
                s.Repositories.StoreUpdateFile(repository, next.Hash, bytes, mime);
                return 0;
            });
            return true;
        });
    }

    /// <summary>Processes kept update files in hydrus's order for up to <paramref name="budget"/> (all when null).</summary>
    public ProcessingReport Process(string name, TimeSpan? budget, CancellationToken cancellationToken) =>
        store.Use(s => new UpdateProcessor(s.Repositories).Process(name, budget, cancellationToken));

    /// <summary>A client for the repository whose new sessions are kept in the store.</summary>
    public RepositoryClient OpenClient(RepositoryConnection connection, RepositoryService repository)
    {
        var now = connection.Clock.GetUtcNow().ToUnixTimeSeconds();
        var session = repository.SessionKey is { } key && repository.SessionExpires > now + 60 ? key : null;
        var client = new RepositoryClient(connection, repository.AccessKey, session);
        client.SessionChanged += (newKey, expires) => store.Use(s =>
        {
            s.Repositories.SetSession(repository, newKey, expires);
            return 0;
        });
        return client;
    }

    private async Task<T> WithClientAsync<T>(string name, TimeSpan? timeout, Func<RepositoryService, RepositoryClient, Task<T>> work)
    {
        var repository = store.Use(s => s.Repositories.Get(name));
        using var connection = new RepositoryConnection(repository.Host, repository.Port, store.Use(s => s.Repositories.Clock), timeout);
        try
        {
            return await work(repository, OpenClient(connection, repository)).ConfigureAwait(false);
        }
        catch (RepositoryException exception)
        {
            store.Use(s =>
            {
                s.Repositories.SetLastError(repository, exception.Message);
                return 0;
            });
            throw;
        }
    }
}

/// <summary>How a sync runs: process after downloading (within a time budget), even when paused, network timeout.</summary>
public sealed record SyncOptions
{
    public bool Process { get; init; } = true;

    public TimeSpan? ProcessingBudget { get; init; }

    public bool EvenIfPaused { get; init; }

    public TimeSpan? Timeout { get; init; }
}

/// <summary>What a sync did: update files newly listed and downloaded, and the processing that followed.</summary>
public sealed record SyncReport(string Repository, bool Paused, int UpdatesListed, int UpdatesDownloaded, ProcessingReport? Processing);
