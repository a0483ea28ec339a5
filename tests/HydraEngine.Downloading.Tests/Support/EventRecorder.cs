using System.Collections.Concurrent;
using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Downloading.Tests.Support;

/// <summary>Keeps every event a run reports, for assertions.</summary>
public sealed class EventRecorder : IDownloadEvents
{
    public ConcurrentQueue<(string Job, FileSeed Seed)> Files { get; } = new();

    public ConcurrentQueue<(string Job, string Message)> Notices { get; } = new();

    public ConcurrentQueue<string> Imported { get; } = new();

    public ConcurrentQueue<(string Subscription, string Query, int Count)> Found { get; } = new();

    public void FileImported(Storage.HydraStore store, Storage.Files.FileHash hash) => Imported.Enqueue(store.GetFile(hash)!.Hash.ToHex());

    public void SubscriptionFoundFiles(string subscription, string query, int count) => Found.Enqueue((subscription, query, count));

    public void FileSeedFinished(string job, FileSeed seed) => Files.Enqueue((job, seed));

    public void GallerySeedFinished(string job, GallerySeed seed, int newFiles)
    {
    }

    public void Notice(string job, string message) => Notices.Enqueue((job, message));
}
