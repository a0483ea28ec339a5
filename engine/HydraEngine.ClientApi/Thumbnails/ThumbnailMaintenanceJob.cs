using HydraEngine.Host;
using HydraEngine.Host.Maintenance;

namespace HydraEngine.ClientApi.Thumbnails;

/// <summary>
/// Makes the thumbnails files imported before the API (or by downloads) lack, a few per slice, walking file ids
/// from a cursor; files without a decodable image are passed over (they get the placeholder).
/// </summary>
internal sealed class ThumbnailMaintenanceJob(ThumbnailCache cache) : IMaintenanceJob
{
    private const int FilesPerSlice = 32;

    private long cursor;

    public string Name => "thumbnails";

    public MaintenanceSlice RunSlice(HydraEngineInstance engine, CancellationToken cancellationToken)
    {
        var files = engine.UseStore(store => store.StoredFilesAfter(cursor, FilesPerSlice));
        var made = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            cursor = file.FileId;
            if (Metadata.FiletypeNames.HasThumbnail(file.Mime) && !cache.Has(file.Hash) && File.Exists(file.Path) && cache.Make(file.Hash, file.Path))
            {
                made++;
            }
        }

        if (files.Count < FilesPerSlice)
        {
            cursor = 0;
        }

        return new MaintenanceSlice(files.Count == FilesPerSlice, made == 0 ? null : $"made {made} thumbnails");
    }
}
