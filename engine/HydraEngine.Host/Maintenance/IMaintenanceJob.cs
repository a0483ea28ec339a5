namespace HydraEngine.Host.Maintenance;

/// <summary>
/// One kind of upkeep (ANALYZE, incremental vacuum, file checks, metadata regeneration; other components add
/// thumbnails or perceptual hashes). Each engine gets its own instance, which may keep a cursor between slices.
/// </summary>
public interface IMaintenanceJob
{
    /// <summary>A short name for logs and profiles, e.g. "analyze".</summary>
    string Name { get; }

    /// <summary>
    /// Does one bounded slice of work (a few hundred files or pages, well under a second), reaching the store through
    /// <see cref="HydraEngineInstance.UseStore"/>; says whether more is left to do now.
    /// </summary>
    MaintenanceSlice RunSlice(HydraEngineInstance engine, CancellationToken cancellationToken);
}

/// <summary>What one slice did.</summary>
/// <param name="MoreToDo">True when another slice would find more work now.</param>
/// <param name="Report">What it did or found, for the log (null when nothing worth saying).</param>
public sealed record MaintenanceSlice(bool MoreToDo, string? Report = null)
{
    public static MaintenanceSlice Done { get; } = new(false);
}
