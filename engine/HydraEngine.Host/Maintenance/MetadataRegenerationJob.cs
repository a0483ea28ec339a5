namespace HydraEngine.Host.Maintenance;

/// <summary>Fills in missing media facts (width, height, duration, frames) of stored files from their headers, a few per slice.</summary>
internal sealed class MetadataRegenerationJob : IMaintenanceJob
{
    private const int FilesPerSlice = 64;

    private long cursor;

    public string Name => "file metadata";

    public MaintenanceSlice RunSlice(HydraEngineInstance engine, CancellationToken cancellationToken)
    {
        var slice = engine.UseStore(store => store.RegenerateMissingMetadata(cursor, FilesPerSlice));
        cursor = slice.NextHashId;
        return new MaintenanceSlice(slice.NextHashId != 0, slice.Regenerated == 0 ? null : $"read the metadata of {slice.Regenerated} of {slice.Examined} files");
    }
}
