using HydraEngine.Model.Network;

namespace HydraEngine.Downloading.Checking;

/// <summary>hydrus's named checker options (semantics.md §10).</summary>
public static class CheckerPresets
{
    private const long Day = 86400;

    /// <summary>Watcher default: 4 files per check, between 5 minutes and a day, dead after 3 days without a file.</summary>
    public static CheckerOptions Thread { get; } = new(4, 300, Day, 1, 3 * Day);

    public static CheckerOptions SlowThread { get; } = new(1, 4 * 3600, 7 * Day, 1, 30 * Day);

    /// <summary>Subscription default: 4 files per check, between a day and 90 days, dead after 180 days without a file.</summary>
    public static CheckerOptions ArtistSubscription { get; } = new(4, Day, 90 * Day, 1, 180 * Day);

    public static CheckerOptions FastTagSubscription { get; } = new(10, 12 * 3600, 30 * Day, 1, 90 * Day);

    public static CheckerOptions SlowTagSubscription { get; } = new(1, 7 * Day, 180 * Day, 1, 365 * Day);

    /// <summary>The preset by its hydrus-like name ("thread", "slow thread", "artist subscription", …), or null.</summary>
    public static CheckerOptions? Named(string name) => name.Trim().ToLowerInvariant() switch
    {
        "thread" => Thread,
        "slow thread" => SlowThread,
        "artist subscription" or "artist" => ArtistSubscription,
        "fast tag subscription" or "fast tag" => FastTagSubscription,
        "slow tag subscription" or "slow tag" => SlowTagSubscription,
        _ => null,
    };
}
