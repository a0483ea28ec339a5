using HydraEngine.Downloading.Seeds;
using HydraEngine.Network;

namespace HydraEngine.Downloading.Work;

/// <summary>Works a file log's pending seeds in order, one at a time, until none is left or the run is cancelled.</summary>
internal sealed class FileLogWorker(DownloadServices services)
{
    private readonly FileSeedWorker worker = new(services);

    /// <summary>Returns how many seeds were worked. A cancelled run leaves the current seed pending.</summary>
    public async Task<int> WorkPendingAsync(long logId, NetworkJobContext job, CancellationToken cancellationToken)
    {
        var worked = 0;
        while (!cancellationToken.IsCancellationRequested && services.FileLogs.NextPending(logId) is { } seed)
        {
            await worker.WorkAsync(logId, seed, job, cancellationToken).ConfigureAwait(false);
            worked++;
            var counts = services.FileLogs.Counts(logId);
            services.Events.Progress(job.Key, counts.Where(pair => pair.Key != SeedStatus.Unknown).Sum(pair => pair.Value), counts.Values.Sum());
        }

        return worked;
    }

    public bool HasPending(long logId) => services.FileLogs.NextPending(logId) is not null;
}
