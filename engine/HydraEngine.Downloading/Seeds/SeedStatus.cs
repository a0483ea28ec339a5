namespace HydraEngine.Downloading.Seeds;

/// <summary>hydrus's CC status of a file or gallery seed (the numbers are hydrus's).</summary>
public enum SeedStatus
{
    /// <summary>Not worked on yet (or interrupted): pending.</summary>
    Unknown = 0,
    /// <summary>"successful and new".</summary>
    Successful = 1,
    /// <summary>"successful but redundant": already in db.</summary>
    AlreadyInDb = 2,
    /// <summary>"deleted": the file was deleted before, not downloaded again.</summary>
    PreviouslyDeleted = 3,
    Error = 4,
    Skipped = 7,
    Vetoed = 8,
}

/// <summary>Status words as hydrus shows them.</summary>
public static class SeedStatusText
{
    public static string Describe(this SeedStatus status) => status switch
    {
        SeedStatus.Unknown => "pending",
        SeedStatus.Successful => "successful",
        SeedStatus.AlreadyInDb => "already in db",
        SeedStatus.PreviouslyDeleted => "previously deleted",
        SeedStatus.Error => "error",
        SeedStatus.Skipped => "skipped",
        _ => "vetoed",
    };

    public static bool IsDone(this SeedStatus status) => status != SeedStatus.Unknown;
}

