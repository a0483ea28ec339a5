using System.Text;
using HydraEngine.Downloading.State;
using HydraEngine.Network;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>hydra status</c> as a table for people.</summary>
internal static class StatusText
{
    public static string Write(DownloadStatus status, IReadOnlyList<DomainStatus> domains, long now)
    {
        var text = new StringBuilder();
        if (status.AllPaused)
        {
            text.AppendLine("every job is paused.");
        }

        if (status.SubscriptionsPaused)
        {
            text.AppendLine("subscriptions are paused (`hydra subs resume --all` resumes them).");
        }

        if (status.Jobs.Count == 0)
        {
            text.AppendLine("no jobs: `hydra download`, `hydra get`, `hydra watch` or `hydra subs add` make some.");
        }
        else
        {
            var width = Math.Min(60, status.Jobs.Max(job => job.Label.Length));
            var stateWidth = Math.Max(9, status.Jobs.Max(job => job.State.Length));
            text.AppendLine($"{"KIND",-12} {"JOB".PadRight(width)} {"STATE".PadRight(stateWidth)} {"PENDING",7} {"DONE",6} {"FAILED",6}  NEXT");
            foreach (var job in status.Jobs)
            {
                var label = job.Label.Length > width ? job.Label[..(width - 1)] + "…" : job.Label;
                text.AppendLine($"{job.Kind,-12} {label.PadRight(width)} {job.State.PadRight(stateWidth)} {job.PendingFiles,7} {job.DoneFiles,6} {job.FailedFiles,6}  {HumanTime.Until(StatusJson.NextDue(job, now), now)}");
                if (job.LastError is { } lastError)
                {
                    text.AppendLine($"{"",-12} last error: {lastError}" + (job.FailedPages > 0 ? $" ({job.FailedPages} gallery page{(job.FailedPages == 1 ? "" : "s")} failed; `hydra retry` queues them again)" : ""));
                }
            }
        }

        foreach (var domain in domains.Where(domain => domain.InFlight > 0 || domain.BandwidthWait > TimeSpan.Zero || domain.PolitenessDelay > TimeSpan.Zero || domain.LastProblem is not null))
        {
            var parts = new List<string>();
            if (domain.InFlight > 0)
            {
                parts.Add($"{domain.InFlight} in flight");
            }

            if (domain.BandwidthWait > TimeSpan.Zero)
            {
                parts.Add($"waits {HumanTime.Span((long)Math.Ceiling(domain.BandwidthWait.TotalSeconds))} for bandwidth");
            }

            if (domain.PolitenessDelay > TimeSpan.Zero)
            {
                parts.Add($"{domain.PolitenessDelay.TotalSeconds:0.#}s between requests (politeness)");
            }

            if (domain.LastProblem is { } problem)
            {
                parts.Add($"last problem: {problem}");
            }

            text.AppendLine($"domain {domain.Domain}: {string.Join(", ", parts)}");
        }

        return text.ToString().TrimEnd();
    }
}
