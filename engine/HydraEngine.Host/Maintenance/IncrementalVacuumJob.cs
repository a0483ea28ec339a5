namespace HydraEngine.Host.Maintenance;

/// <summary>Gives free pages back to the file system, a bounded number per slice (databases in incremental auto-vacuum mode).</summary>
internal sealed class IncrementalVacuumJob : IMaintenanceJob
{
    private const int PagesPerSlice = 256;

    public string Name => "incremental vacuum";

    public MaintenanceSlice RunSlice(HydraEngineInstance engine, CancellationToken cancellationToken)
    {
        var free = engine.UseStore(store => store.IncrementalVacuum(PagesPerSlice));
        return free == 0 ? MaintenanceSlice.Done : new MaintenanceSlice(free > PagesPerSlice, $"freed {Math.Min(free, PagesPerSlice)} of {free} free pages");
    }
}
