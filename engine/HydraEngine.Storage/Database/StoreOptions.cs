namespace HydraEngine.Storage.Database;

/// <summary>How a store's database is opened.</summary>
/// <param name="Synchronous">SQLite synchronous level; <see cref="SynchronousMode.Normal"/> unless told otherwise.</param>
/// <param name="BusyTimeout">How long to wait for another process's write to finish.</param>
/// <param name="CacheMegabytes">SQLite page cache size.</param>
public sealed record StoreOptions(
    SynchronousMode Synchronous = SynchronousMode.Normal,
    TimeSpan? BusyTimeout = null,
    int CacheMegabytes = 256,
    bool SweepTemporaryFiles = true)
{
    public static StoreOptions Default { get; } = new();

    /// <summary>A warning to show the user about these options, or null when there is nothing to say.</summary>
    public string? Warning => Synchronous == SynchronousMode.Off
        ? "warning: --db-synchronous 0 turns fsync off; an operating-system crash or power loss can corrupt the database."
        : null;

    internal TimeSpan EffectiveBusyTimeout => BusyTimeout ?? TimeSpan.FromSeconds(30);
}
