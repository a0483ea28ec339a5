using HydraEngine.Database;

namespace HydraEngine.Storage.Database;

/// <summary>How a store's database is opened.</summary>
/// <param name="Synchronous">SQLite synchronous level; <see cref="SynchronousMode.Normal"/> unless told otherwise.</param>
/// <param name="BusyTimeout">How long to wait for another process's write to finish.</param>
/// <param name="CacheMegabytes">SQLite page cache size.</param>
public sealed record StoreOptions(
    SynchronousMode Synchronous = SynchronousMode.Normal,
    TimeSpan? BusyTimeout = null,
    int CacheMegabytes = 256)
{
    public static StoreOptions Default { get; } = new();

    /// <summary>Where statement timings go (<c>hydra --profile</c>); null records nothing.</summary>
    public SqlProfile? Profile { get; init; }

    /// <summary>A warning to show the user about these options, or null when there is nothing to say.</summary>
    public string? Warning => Database.Warning;

    /// <summary>The pragmas every connection of this store's database gets.</summary>
    public DatabaseOptions Database => new(Synchronous, BusyTimeout, CacheMegabytes) { Profile = Profile };
}
