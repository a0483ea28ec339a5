namespace HydraEngine.Host.Maintenance;

/// <summary>ANALYZE after large changes: one table per slice, analysed only when its row count moved a lot since its statistics.</summary>
internal sealed class AnalyzeJob : IMaintenanceJob
{
    private Queue<string>? pending;

    public string Name => "analyze";

    public MaintenanceSlice RunSlice(HydraEngineInstance engine, CancellationToken cancellationToken)
    {
        pending ??= new Queue<string>(engine.UseStore(store => store.Tables()));
        if (!pending.TryDequeue(out var table))
        {
            pending = null;
            return MaintenanceSlice.Done;
        }

        var analysed = engine.UseStore(store => store.AnalyzeIfChanged(table));
        return new MaintenanceSlice(pending.Count > 0, analysed ? $"analysed {table}" : null);
    }
}
