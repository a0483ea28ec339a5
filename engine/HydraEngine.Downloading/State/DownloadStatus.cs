using HydraEngine.Network;

namespace HydraEngine.Downloading.State;

/// <summary>
/// One job as `hydra status` shows it: what it is, where it stands, its files, and when it is next due (Unix seconds;
/// null: not scheduled); gallery pages that failed and the newest error note, when anything failed.
/// </summary>
public sealed record JobStatus(string Kind, string Label, string State, int PendingFiles, int DoneFiles, int FailedFiles, long? NextDue, int FailedPages = 0, string? LastError = null)
{
    /// <summary>The state of a job put aside until its domain's bandwidth returns (its work stays pending).</summary>
    public const string WaitingForBandwidth = "waiting for bandwidth";
}

/// <summary>Everything a run would work on, and what each domain is waiting for.</summary>
public sealed record DownloadStatus(bool AllPaused, bool SubscriptionsPaused, IReadOnlyList<JobStatus> Jobs, IReadOnlyList<DomainStatus> Domains);
