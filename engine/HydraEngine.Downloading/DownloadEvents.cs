using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Downloading;

/// <summary>What a run tells its watcher (the CLI's progress bars, tests): every seed finished, every notice.</summary>
public interface IDownloadEvents
{
    void FileSeedFinished(string job, FileSeed seed);

    void GallerySeedFinished(string job, GallerySeed seed, int newFiles);

    /// <summary>Something a user should read: a subscription hit its periodic limit, a thread died, a query found files.</summary>
    void Notice(string job, string message);

    /// <summary>A job's progress changed: <paramref name="done"/> of <paramref name="total"/> file seeds finished.</summary>
    void Progress(string job, int done, int total) { }

    /// <summary>A sync of <paramref name="query"/> in <paramref name="subscription"/> queued <paramref name="count"/> new files.</summary>
    void SubscriptionFoundFiles(string subscription, string query, int count) { }

    /// <summary>
    /// A download stored a new file. Called while the run holds the store (one call at a time), so a listener may read
    /// or annotate the file through <paramref name="store"/> (plugins' import hooks) but must not keep it.
    /// </summary>
    void FileImported(Storage.HydraStore store, Storage.Files.FileHash hash) { }
}

/// <summary>Events nobody listens to.</summary>
public sealed class NoDownloadEvents : IDownloadEvents
{
    public static NoDownloadEvents Instance { get; } = new();

    public void FileSeedFinished(string job, FileSeed seed)
    {
    }

    public void GallerySeedFinished(string job, GallerySeed seed, int newFiles)
    {
    }

    public void Notice(string job, string message)
    {
    }
}
