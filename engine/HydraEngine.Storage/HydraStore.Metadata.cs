using HydraEngine.Storage.Files;
using HydraEngine.Storage.Metadata;

namespace HydraEngine.Storage;

/// <summary>Known URLs, notes and timestamps.</summary>
public sealed partial class HydraStore
{
    /// <summary>Associates URLs with a hash (which need not be imported yet).</summary>
    public void AddUrls(FileHash hash, IEnumerable<string> urls)
    {
        var checkedUrls = urls.Select(url => KnownUrls.Validate(url).Url).ToList();
        using var transaction = database.BeginWrite();
        parts.Urls.Add(parts.HashIds.GetOrCreate(hash), checkedUrls);
        transaction.Complete();
    }

    public int RemoveUrls(FileHash hash, IEnumerable<string> urls)
    {
        using var transaction = database.BeginWrite();
        var removed = parts.HashIds.Find(hash) is { } hashId ? parts.Urls.Remove(hashId, urls) : 0;
        transaction.Complete();
        return removed;
    }

    /// <summary>What the store knows of a URL, so a downloader can skip files it has or has deleted.</summary>
    public UrlLookup LookupUrl(string url)
    {
        var (text, _) = KnownUrls.Validate(url);
        var hashIds = parts.Urls.HashIdsOf(text);
        var hashes = parts.HashIds.HashesOf(hashIds);
        var files = hashIds.Select(id => new UrlFile(hashes[id], parts.Locations.StatusOf(id))).ToList();
        return new UrlLookup(text, files);
    }

    /// <summary>Sets a named note (empty text removes it).</summary>
    public void SetNote(FileHash hash, string name, string text)
    {
        using var transaction = database.BeginWrite();
        parts.Notes.Set(parts.HashIds.GetOrCreate(hash), name, text);
        transaction.Complete();
    }

    public bool RemoveNote(FileHash hash, string name)
    {
        using var transaction = database.BeginWrite();
        var removed = parts.HashIds.Find(hash) is { } hashId && parts.Notes.Remove(hashId, name);
        transaction.Complete();
        return removed;
    }

    /// <summary>Sets a timestamp; <paramref name="location"/> is the web domain for source times.</summary>
    public void SetTimestamp(FileHash hash, TimestampType type, DateTimeOffset time, string location = "")
    {
        using var transaction = database.BeginWrite();
        parts.Timestamps.Set(parts.HashIds.GetOrCreate(hash), type, location, time);
        transaction.Complete();
    }
}
