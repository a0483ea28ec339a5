namespace HydraEngine.Host.Maintenance;

/// <summary>
/// hydrus's duplicates auto-resolution as maintenance: the named rules (none unless the user names some: it is off
/// by default) decide a few potential pairs per slice, the better file kept and the worse one sent to the trash.
/// </summary>
public sealed class AutoResolutionJob(IReadOnlyCollection<string> rules) : IMaintenanceJob
{
    private const int PairsPerSlice = 16;

    public string Name => "duplicates auto-resolution";

    public MaintenanceSlice RunSlice(HydraEngineInstance engine, CancellationToken cancellationToken)
    {
        if (rules.Count == 0)
        {
            return MaintenanceSlice.Done;
        }

        var report = engine.UseStore(store => store.RunAutoResolution(rules, dryRun: false, limit: PairsPerSlice));
        var decided = report.Decisions.Count;
        return new MaintenanceSlice(decided == PairsPerSlice, decided > 0 ? $"resolved {decided} potential pairs by {string.Join(", ", report.Decisions.Select(decision => decision.Rule).Distinct())}" : null);
    }
}
