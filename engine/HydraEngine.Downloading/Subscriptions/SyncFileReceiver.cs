using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.State;
using HydraEngine.Downloading.Work;

namespace HydraEngine.Downloading.Subscriptions;

/// <summary>
/// A subscription sync's page callback (semantics.md §8.3): collects new file seeds, counts known ones, and
/// decides when the sync has caught up or hit its file limit.
/// </summary>
internal sealed class SyncFileReceiver(FileSeedLogs logs, long fileLogId, bool initialSync, int? fileLimit, int masterSeedsAtStart) : IFileSeedReceiver
{
    /// <summary>Known URLs in a row that end a sync at once.</summary>
    public const int KnownInARowLimit = 100;

    /// <summary>Known URLs at the end of a page that mean the sync has caught up.</summary>
    public const int CaughtUpAtPageEnd = 5;

    private readonly List<FileSeed> collected = [];
    private readonly HashSet<string> collectedIdentities = new(StringComparer.Ordinal);

    public IReadOnlyList<FileSeed> Collected => collected;

    public int SyncNew { get; private set; }

    public int SyncAlready { get; private set; }

    public string? StopReason { get; private set; }

    public bool LimitReached => fileLimit is { } limit && SyncNew >= limit;

    /// <summary>The sync stopped on the periodic limit without meeting one known URL: there may be a gap.</summary>
    public bool PeriodicLimitGap { get; private set; }

    public FileSeedReception Receive(GallerySeed gallerySeed, IReadOnlyList<FileSeed> fileSeeds)
    {
        int fresh = 0, already = 0, run = 0;
        string? stop = null;
        foreach (var seed in fileSeeds)
        {
            if (collectedIdentities.Contains(seed.IdentityUrl))
            {
                continue;
            }

            if (logs.Contains(fileLogId, seed.IdentityUrl))
            {
                already++;
                run++;
                if (run >= KnownInARowLimit)
                {
                    stop = $"saw {KnownInARowLimit} previously seen urls in a row, so assuming this is a large gallery";
                    break;
                }
            }
            else
            {
                fresh++;
                run = 0;
                collected.Add(seed);
                collectedIdentities.Add(seed.IdentityUrl);
            }

            if (fileLimit is { } limit && SyncNew + fresh >= limit)
            {
                stop = initialSync ? "hit initial file limit" : "hit periodic file limit";
                PeriodicLimitGap = !initialSync && SyncAlready + already == 0;
                break;
            }

            if (!initialSync && already > 0 && SyncAlready + already >= 0.95 * masterSeedsAtStart)
            {
                stop = "caught up with the previous sync";
                break;
            }
        }

        if (stop is null && run >= CaughtUpAtPageEnd)
        {
            stop = "caught up with the previous sync (the page ended with known urls)";
        }
        else if (stop is null && fresh == 0)
        {
            stop = "no new urls found";
        }

        SyncNew += fresh;
        SyncAlready += already;
        StopReason = stop ?? StopReason;
        return new FileSeedReception(fresh, already, stop is null, stop);
    }
}
