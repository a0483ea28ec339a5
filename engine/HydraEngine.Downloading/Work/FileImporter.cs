using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.State;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Text;
using HydraEngine.Network;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;

namespace HydraEngine.Downloading.Work;

/// <summary>
/// Downloads a file seed's file and stores it with its tags, URLs, notes and source time in one store
/// transaction. A download streams to a temporary file that is deleted whatever happens.
/// </summary>
internal sealed class FileImporter(DownloadServices services)
{
    /// <summary>Skips known files; otherwise downloads <paramref name="fileUrl"/> and imports it. Returns the finished seed.</summary>
    public async Task<FileSeed> ImportAsync(FileSeed seed, string fileUrl, string? referral, NetworkJobContext job, CancellationToken cancellationToken)
    {
        var domains = services.Downloaders.Domains;
        var prediction = services.Store.Use(store => KnownFileCheck.Predict(store, domains, seed, fileUrl));
        if (prediction is not null)
        {
            if (prediction.Status == SeedStatus.AlreadyInDb)
            {
                services.Store.Use(store => Annotate(store, seed, fileUrl, FileHash.Parse(prediction.Hash)));
            }

            return Finish(seed, prediction.Status, prediction.Reason, prediction.Hash);
        }

        var request = PageFetcher.Request(domains, fileUrl, referral, seed.Metadata.Headers, job);
        var expected = seed.Metadata.Hashes.Count == 0 ? null : new ExpectedHashes(seed.Metadata.Hashes);
        var file = await services.Network.DownloadFileAsync(request, services.TemporaryFolder, expected, cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = services.Store.Use(store => Imported(store, store.Import(file.TemporaryPath, Options(store, seed, fileUrl, domains))));
            return Finished(seed, result);
        }
        finally
        {
            TryDelete(file.TemporaryPath);
        }
    }

    /// <summary>Imports a body that was fetched as a page but is itself a file.</summary>
    public FileSeed ImportBody(FileSeed seed, byte[] body, string url)
    {
        var path = Path.Combine(services.TemporaryFolder, $"{Guid.NewGuid():N}.part");
        try
        {
            File.WriteAllBytes(path, body);
            var result = services.Store.Use(store => Imported(store, store.Import(path, Options(store, seed, url, services.Downloaders.Domains))));
            return Finished(seed, result);
        }
        finally
        {
            TryDelete(path);
        }
    }

    /// <summary>Tells the listener about a new file while the store is still held.</summary>
    private ImportResult Imported(HydraStore store, ImportResult result)
    {
        if (result.Status == ImportStatus.Imported)
        {
            services.Events.FileImported(store, result.Hash);
        }

        return result;
    }

    /// <summary>The seed as an import left it; also written inside the import's commit, so file and seed status commit together.</summary>
    private FileSeed Finished(FileSeed seed, ImportResult result)
    {
        var status = result.Status switch
        {
            ImportStatus.Imported => SeedStatus.Successful,
            ImportStatus.AlreadyInDb => SeedStatus.AlreadyInDb,
            _ => SeedStatus.PreviouslyDeleted,
        };
        return Finish(seed, status, result.StatusText, result.Hash.ToHex());
    }

    /// <summary>
    /// The seed's per-service tags and its outcome, in the import's transaction (a nested store write joins it): when
    /// either cannot be written the import rolls back and the job stops (to be tried again), the seed still pending.
    /// </summary>
    private void RecordWithFile(HydraStore store, FileSeed seed, ImportResult result, Microsoft.Data.Sqlite.SqliteTransaction transaction)
    {
        var finished = Finished(seed, result);
        try
        {
            AddServiceTags(store, seed, result.Hash);
            FileSeedLogs.Update(finished, transaction);
        }
        catch (Exception exception) when (exception is Microsoft.Data.Sqlite.SqliteException or StoreException)
        {
            throw new DownloadException($"could not record {finished.Url} with its file, so the file was not kept: {exception.Message}", exception);
        }
    }

    private ImportOptions Options(HydraStore store, FileSeed seed, string fileUrl, DomainManager domains) => new()
    {
        WithinCommit = (transaction, result) => RecordWithFile(store, seed, result, transaction),
        FileDomain = services.Options.FileDomain,
        TagService = services.Options.TagService,
        Tags = seed.Metadata.Tags,
        Urls = AssociatedUrls(seed, fileUrl, domains),
        Notes = seed.Metadata.Notes,
        SourceTime = seed.Metadata.SourceTime is { } time ? DateTimeOffset.FromUnixTimeSeconds(time) : null,
        AllowPreviouslyDeleted = services.Options.AllowPreviouslyDeleted,
    };

    private void Annotate(HydraStore store, FileSeed seed, string fileUrl, FileHash hash)
    {
        var domains = services.Downloaders.Domains;
        store.AddUrls(hash, AssociatedUrls(seed, fileUrl, domains));
        if (seed.Metadata.Tags.Count > 0)
        {
            store.AddTags([hash], seed.Metadata.Tags, services.Options.TagService);
        }

        foreach (var (name, text) in seed.Metadata.Notes)
        {
            store.SetNote(hash, name, text);
        }

        AddServiceTags(store, seed, hash);
    }

    /// <summary>Tags given with the URL for named tag services (the Client API's additional tags), beside the parsed ones.</summary>
    private static void AddServiceTags(HydraStore store, FileSeed seed, FileHash hash)
    {
        foreach (var (service, tags) in seed.Metadata.ServiceTags)
        {
            store.AddTags([hash], tags, service);
        }
    }

    /// <summary>The file URL, the seed's URL, its primary and source URLs: normalised, full, and of classes that keep URLs with files.</summary>
    private static IReadOnlyList<string> AssociatedUrls(FileSeed seed, string fileUrl, DomainManager domains) =>
        new[] { fileUrl, seed.Url }.Concat(seed.Metadata.PrimaryUrls).Concat(seed.Metadata.SourceUrls)
            .Where(HydrusUrls.LooksLikeAFullUrl)
            .Where(url => domains.GetUrlClass(url) is not { } engine || engine.Class.Options.ShouldBeAssociatedWithFiles)
            .Select(url => domains.NormaliseUrl(url))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private FileSeed Finish(FileSeed seed, SeedStatus status, string note, string hash) =>
        seed with { Status = status, Note = note, FileHash = hash, Modified = services.Now };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover .part is swept when the engine next opens.
        }
    }
}
