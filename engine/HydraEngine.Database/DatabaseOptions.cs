namespace HydraEngine.Database;

/// <summary>
/// How every connection to an engine's database is opened (one set of pragmas for the store, the library, the
/// download state and the network state): WAL journaling, the synchronous level, the busy timeout, the page cache.
/// </summary>
/// <param name="Synchronous">hydrus's <c>db_synchronous_override</c>: NORMAL unless told otherwise (with WAL, a power loss may lose the last commits but never corrupts).</param>
/// <param name="BusyTimeout">How long a writer waits for another connection's write.</param>
/// <param name="CacheMegabytes">SQLite page cache per connection.</param>
public sealed record DatabaseOptions(SynchronousMode Synchronous = SynchronousMode.Normal, TimeSpan? BusyTimeout = null, int CacheMegabytes = 64)
{
    public static DatabaseOptions Default { get; } = new();

    /// <summary>Enforce foreign keys on this connection (the download state's cascades rely on them).</summary>
    public bool ForeignKeys { get; init; }

    /// <summary>Where statement timings go (<c>hydra --profile</c>); null records nothing.</summary>
    public SqlProfile? Profile { get; init; }

    public TimeSpan EffectiveBusyTimeout => BusyTimeout ?? TimeSpan.FromSeconds(30);

    /// <summary>A warning to show the user about these options, or null when there is nothing to say.</summary>
    public string? Warning => Synchronous == SynchronousMode.Off
        ? "warning: --db-synchronous 0 turns fsync off; an operating-system crash or power loss can corrupt the database."
        : null;
}
