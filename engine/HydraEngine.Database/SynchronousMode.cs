namespace HydraEngine.Database;

/// <summary>SQLite's <c>PRAGMA synchronous</c> levels (the numbers are SQLite's own).</summary>
public enum SynchronousMode
{
    /// <summary>No fsync at all: an operating-system crash or power loss can corrupt the database.</summary>
    Off = 0,

    /// <summary>The default: with WAL, a power loss may lose the last commits but never corrupts.</summary>
    Normal = 1,

    /// <summary>fsync on every commit.</summary>
    Full = 2,

    /// <summary>Like <see cref="Full"/>, and also syncs the directory after deleting a journal.</summary>
    Extra = 3,
}
