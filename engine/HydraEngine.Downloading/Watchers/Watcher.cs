using HydraEngine.Model.Network;

namespace HydraEngine.Downloading.Watchers;

/// <summary>
/// A thread watcher: the thread URL, its checker options and where its checking stands. Times are Unix seconds.
/// <see cref="Paused"/> is hydrus's "checking paused" (also set when the thread dies or 404s); <see cref="FilesPaused"/>
/// stops its file downloads (a user's pause sets both).
/// </summary>
public sealed record Watcher(
    long Id,
    string Url,
    string? Subject,
    CheckerOptions Checker,
    CheckingStatus Status,
    bool Paused,
    long LastCheck,
    long NextCheck,
    bool CheckNow,
    long NoWorkUntil,
    string Note,
    long Created,
    long GalleryLogId,
    long FileLogId,
    bool FilesPaused = false)
{
    public string Label => $"watcher {Id}: {Subject ?? Url}";

    /// <summary>Checking is due: not paused, alive, and asked to or past its next check time.</summary>
    public bool CheckDue(long now) => !Paused && Status == CheckingStatus.Ok && now >= NoWorkUntil && (CheckNow || now >= NextCheck);
}
