using System.Collections.Concurrent;
using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Downloading.Tests.Support;

/// <summary>Keeps every event a run reports, for assertions.</summary>
public sealed class EventRecorder : IDownloadEvents
{
    public ConcurrentQueue<(string Job, FileSeed Seed)> Files { get; } = new();

    public ConcurrentQueue<(string Job, string Message)> Notices { get; } = new();

    public void FileSeedFinished(string job, FileSeed seed) => Files.Enqueue((job, seed));

    public void GallerySeedFinished(string job, GallerySeed seed, int newFiles)
    {
    }

    public void Notice(string job, string message) => Notices.Enqueue((job, message));
}
