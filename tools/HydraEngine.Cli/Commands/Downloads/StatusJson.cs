using System.Text.Json.Nodes;
using HydraEngine.Downloading.State;
using HydraEngine.Network;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>hydra status --json</c>'s object.</summary>
internal static class StatusJson
{
    /// <summary>
    /// When a run next works on the job (Unix seconds, at the earliest <paramref name="now"/>): now when files wait and
    /// it is not paused (a run works them before the next check), else the engine's next check; null when never.
    /// </summary>
    public static long? NextDue(JobStatus job, long now) =>
        job.PendingFiles > 0 && job.State != "paused" ? now
        : job.NextDue is { } due ? Math.Max(due, now)
        : null;

    public static string Write(DownloadStatus status, IReadOnlyList<DomainStatus> domains, long now)
    {
        var jobs = new JsonArray();
        foreach (var job in status.Jobs)
        {
            jobs.Add(new JsonObject
            {
                ["kind"] = job.Kind,
                ["label"] = job.Label,
                ["state"] = job.State,
                ["pending"] = job.PendingFiles,
                ["done"] = job.DoneFiles,
                ["failed"] = job.FailedFiles,
                ["next_due"] = HumanTime.Iso(NextDue(job, now)),
                ["pages_failed"] = job.FailedPages,
                ["last_error"] = job.LastError,
            });
        }

        var waits = new JsonArray();
        foreach (var domain in domains)
        {
            waits.Add(new JsonObject
            {
                ["domain"] = domain.Domain,
                ["in_flight"] = domain.InFlight,
                ["bandwidth_wait_seconds"] = Math.Round(domain.BandwidthWait.TotalSeconds, 1),
                ["politeness_delay_seconds"] = Math.Round(domain.PolitenessDelay.TotalSeconds, 1),
                ["last_problem"] = domain.LastProblem,
            });
        }

        return DownloadJson.Text(new JsonObject
        {
            ["all_paused"] = status.AllPaused,
            ["subscriptions_paused"] = status.SubscriptionsPaused,
            ["jobs"] = jobs,
            ["domains"] = waits,
        });
    }
}
