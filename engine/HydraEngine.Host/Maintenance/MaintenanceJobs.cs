namespace HydraEngine.Host.Maintenance;

/// <summary>
/// The maintenance jobs an engine runs, as factories (each engine makes its own instances). Immutable: add a job with
/// <see cref="With"/>, which returns a new list.
/// </summary>
public sealed class MaintenanceJobs
{
    private readonly IReadOnlyList<Func<IMaintenanceJob>> factories;

    private MaintenanceJobs(IReadOnlyList<Func<IMaintenanceJob>> factories) => this.factories = factories;

    /// <summary>The engine's own jobs: ANALYZE after large changes, incremental vacuum, sampled file checks, missing metadata, repository sync.</summary>
    public static MaintenanceJobs Default { get; } = new(
    [
        () => new AnalyzeJob(),
        () => new IncrementalVacuumJob(),
        () => new FileCheckJob(),
        () => new MetadataRegenerationJob(),
        () => new RepositorySyncJob(),
    ]);

    public static MaintenanceJobs None { get; } = new([]);

    public MaintenanceJobs With(Func<IMaintenanceJob> factory) => new([.. factories, factory]);

    public IReadOnlyList<IMaintenanceJob> Create() => factories.Select(factory => factory()).ToArray();
}
