namespace HydraEngine.Storage.Metadata;

/// <summary>Stored per-file timestamps, numbered as hydrus numbers them. Import and deletion times live with the file services.</summary>
public enum TimestampType
{
    /// <summary>When the file left the inbox.</summary>
    Archived = 0,

    /// <summary>The file's own modified time (from disk at import, or set).</summary>
    ModifiedFile = 1,

    /// <summary>A "source time": when a web domain says the file was posted; kept per domain, earliest wins.</summary>
    ModifiedDomain = 2,
}
