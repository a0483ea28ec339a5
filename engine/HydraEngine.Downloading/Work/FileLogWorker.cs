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
        var counts = services.FileLogs.Counts(logId);
        var done = counts.Where(pair => pair.Key != SeedStatus.Unknown).Sum(pair => pair.Value);
        var total = counts.Values.Sum();
        while (!cancellationToken.IsCancellationRequested && services.FileLogs.NextPending(logId) is { } seed)
        {
            var before = total;
            await worker.WorkAsync(logId, seed, job, cancellationToken).ConfigureAwait(false);
            worked++;
            done++;
            total = Math.Max(total, done);
            if (services.FileLogs.NextPending(logId) is null || worked % 25 == 0)
            {
                counts = services.FileLogs.Counts(logId);
                total = counts.Values.Sum();
                done = total - counts.GetValueOrDefault(SeedStatus.Unknown);
            }

            services.Events.Progress(job.Key, done, Math.Max(total, before));
        }

        return worked;
    }

    public bool HasPending(long logId) => services.FileLogs.NextPending(logId) is not null;
}
