using HydraEngine.Downloading.Seeds;
using HydraEngine.Network;

namespace HydraEngine.Downloading.Work;

/// <summary>
/// Works a file log's pending seeds in log order until none is left or the run is cancelled, with up to
/// <see cref="DownloadOptions.FilesInParallel"/> seeds in flight (so one file's import overlaps the next one's
/// download). A seed stays pending in the database until it is finished, so a cancelled or killed run resumes it.
/// </summary>
internal sealed class FileLogWorker(DownloadServices services)
{
    private readonly FileSeedWorker worker = new(services);

    /// <summary>Returns how many seeds were worked.</summary>
    public async Task<int> WorkPendingAsync(long logId, NetworkJobContext job, CancellationToken cancellationToken)
    {
        var lanes = Math.Max(1, services.Options.FilesInParallel);
        var inFlight = new HashSet<long>();
        var running = new List<Task>();
        var progress = new FileLogProgress(services, logId, job.Key);
        var worked = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                while (running.Count < lanes && services.FileLogs.NextPending(logId, inFlight) is { } seed)
                {
                    if (services.Deferrals.Defer(seed.Url, job))
                    {
                        break;
                    }

                    lock (inFlight)
                    {
                        inFlight.Add(seed.Id);
                    }

                    running.Add(WorkAsync(logId, seed, job, inFlight, cancellationToken));
                }

                if (running.Count == 0 || services.Deferrals.Until(job.Key, services.Now) is not null)
                {
                    break;
                }

                var finished = await Task.WhenAny(running).ConfigureAwait(false);
                running.Remove(finished);
                await finished.ConfigureAwait(false);
                worked++;
                progress.OneDone();
            }
        }
        finally
        {
            await DrainAsync(running).ConfigureAwait(false);
        }

        return worked;
    }

    public bool HasPending(long logId) => services.FileLogs.NextPending(logId) is not null;

    private async Task WorkAsync(long logId, FileSeed seed, NetworkJobContext job, HashSet<long> inFlight, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            await worker.WorkAsync(logId, seed, job, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (inFlight)
            {
                inFlight.Remove(seed.Id);
            }
        }
    }

    /// <summary>Lets seeds still in flight finish or observe the cancellation, so none outlives the run.</summary>
    private static async Task DrainAsync(List<Task> running)
    {
        foreach (var task in running)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Cancelled with the run: the seed stays pending.
            }
        }
    }
}
