using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Downloading.Work;

/// <summary>A job's "done of total" for progress events, counted in memory and re-read from the log now and then (children add seeds).</summary>
internal sealed class FileLogProgress
{
    private const int RereadEvery = 25;
    private readonly DownloadServices services;
    private readonly long logId;
    private readonly string job;
    private int done;
    private int total;
    private int sinceReread;

    public FileLogProgress(DownloadServices services, long logId, string job)
    {
        this.services = services;
        this.logId = logId;
        this.job = job;
        Reread();
    }

    public void OneDone()
    {
        done++;
        if (++sinceReread >= RereadEvery || done >= total)
        {
            Reread();
        }

        services.Events.Progress(job, done, Math.Max(done, total));
    }

    private void Reread()
    {
        var counts = services.FileLogs.Counts(logId);
        total = counts.Values.Sum();
        done = total - counts.GetValueOrDefault(SeedStatus.Unknown);
        sinceReread = 0;
    }
}
