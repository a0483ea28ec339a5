using System.Diagnostics;
using HydraEngine.Repositories.Updates;
using HydraEngine.Storage;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Sync;

/// <summary>
/// Processes a repository's downloaded update files in hydrus's order (<see cref="RepositoryStore.Work"/>): each
/// content type of each file is one transaction with its processed flag, so stopping (a budget, Ctrl-C, a crash)
/// between or inside units loses and doubles nothing. Within a content file: files, mappings (added then
/// deleted), parents, siblings. Content naming an undefined id pauses the repository, as hydrus does.
/// </summary>
public sealed class UpdateProcessor(RepositoryStore store)
{
    /// <summary>hydrus's order of content types within one content update file.</summary>
    public static IReadOnlyList<RepositoryContentType> ContentOrder { get; } =
        [RepositoryContentType.Files, RepositoryContentType.Mappings, RepositoryContentType.TagParents, RepositoryContentType.TagSiblings];

    /// <summary>Processes until the work is done, <paramref name="budget"/> has passed, <paramref name="maxUnits"/> are done, or cancellation.</summary>
    public ProcessingReport Process(string repositoryName, TimeSpan? budget, CancellationToken cancellationToken, int? maxUnits = null)
    {
        var repository = store.Get(repositoryName);
        var clock = Stopwatch.StartNew();
        var work = store.Work(repository, ContentOrder);
        var (units, rows) = (0, 0L);
        var decoded = (Hash: default(Storage.Files.FileHash), File: (UpdateFile?)null);
        var updates = store.Updates(repository).ToDictionary(update => update.Hash);
        foreach (var item in work)
        {
            if (cancellationToken.IsCancellationRequested || (budget is { } limit && clock.Elapsed >= limit) || units >= maxUnits)
            {
                break;
            }

            var parse = Stopwatch.StartNew();
            if (decoded.File is null || decoded.Hash != item.Hash)
            {
                var bytes = store.ReadUpdateFile(updates[item.Hash]);
                decoded = (item.Hash, UpdateFileReader.Read(bytes, $"update file {item.Hash.ToHex()} (index {item.UpdateIndex})"));
            }

            try
            {
                rows += Apply(repository, item, decoded.File, parse.ElapsedMilliseconds);
            }
            catch (RepositoryDefinitionException exception)
            {
                store.SetPaused(repository, true);
                store.SetLastError(repository, exception.Message);
                throw;
            }

            units++;
        }

        return new ProcessingReport(units, work.Count - units, rows, clock.Elapsed);
    }

    private long Apply(RepositoryService repository, RepositoryWorkItem item, UpdateFile file, long parseMilliseconds) => (item.ContentType, file) switch
    {
        (RepositoryContentType.Definitions, DefinitionsUpdate definitions) =>
            store.ApplyDefinitions(repository, item, definitions.Hashes, definitions.Tags, parseMilliseconds),
        (RepositoryContentType.Mappings, ContentUpdate content) =>
            store.ApplyMappings(repository, item, content.AddedMappings, content.DeletedMappings, parseMilliseconds),
        (RepositoryContentType.TagSiblings or RepositoryContentType.TagParents, ContentUpdate content) =>
            store.ApplyPairs(repository, item, content.PairsOf(item.ContentType).Added, content.PairsOf(item.ContentType).Deleted, parseMilliseconds),
        _ => throw new StoreException($"update file {item.Hash.ToHex()} (index {item.UpdateIndex}) is a {file.Mime} file but was queued for {item.ContentType}"),
    };
}

/// <summary>What one processing run did: units (file × content type) done and left, rows applied, time taken.</summary>
public sealed record ProcessingReport(int UnitsDone, int UnitsLeft, long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Rows / Elapsed.TotalSeconds;
}
