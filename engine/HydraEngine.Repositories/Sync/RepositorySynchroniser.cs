using HydraEngine.Repositories.Protocol;
using HydraEngine.Repositories.Updates;
using HydraEngine.Storage;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Sync;

/// <summary>
/// One synchronisation of a repository: open (or reuse) a session, fetch the metadata since the last known
/// update index, refresh the account, download every missing update file (checked against its hash, kept in the
/// store), then process what can be processed. A paused repository is left alone.
/// </summary>
public sealed class RepositorySynchroniser(HydraStore store)
{
    public async Task<SyncReport> SyncAsync(string name, SyncOptions options, CancellationToken cancellationToken)
    {
        var repositories = store.Repositories;
        var repository = repositories.Get(name);
        if (repository.Paused && !options.EvenIfPaused)
        {
            return new SyncReport(repository.Name, Paused: true, 0, 0, null);
        }

        using var connection = new RepositoryConnection(repository.Host, repository.Port, options.Timeout);
        var client = OpenClient(connection, repository);
        var downloaded = 0;
        try
        {
            var known = repositories.Updates(repository);
            var since = known.Count == 0 ? 0 : known.Max(update => update.UpdateIndex) + 1;
            var metadata = await client.MetadataAsync(since, cancellationToken).ConfigureAwait(false);
            var added = repositories.RegisterUpdates(repository, metadata.Updates.SelectMany(update => update.Hashes.Select(hash => (update.UpdateIndex, hash))));
            repositories.SetNextUpdateDue(repository, metadata.NextUpdateDue);
            var account = await client.AccountAsync(cancellationToken).ConfigureAwait(false);
            repositories.SetAccount(repository, account.Json);
            foreach (var update in repositories.Updates(repository).Where(update => !update.Downloaded))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var bytes = await client.UpdateFileAsync(update.Hash, cancellationToken).ConfigureAwait(false);
                var mime = UpdateFileReader.MimeOf(bytes, $"update file {update.Hash.ToHex()} (index {update.UpdateIndex})");
                repositories.StoreUpdateFile(repository, update.Hash, bytes, mime);
                downloaded++;
            }

            repositories.SetLastError(repository, null);
            var processing = options.Process
                ? new UpdateProcessor(repositories).Process(repository.Name, options.ProcessingBudget, cancellationToken)
                : null;
            return new SyncReport(repository.Name, Paused: false, added, downloaded, processing);
        }
        catch (RepositoryException exception)
        {
            repositories.SetLastError(repository, exception.Message);
            throw;
        }
    }

    /// <summary>A client for the repository whose new sessions are kept in the store.</summary>
    public RepositoryClient OpenClient(RepositoryConnection connection, RepositoryService repository)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var session = repository.SessionKey is { } key && repository.SessionExpires > now + 60 ? key : null;
        var client = new RepositoryClient(connection, repository.AccessKey, session);
        client.SessionChanged += (newKey, expires) => store.Repositories.SetSession(repository, newKey, expires);
        return client;
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
