using HydraEngine.Storage;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// Applies a file's sidecars after it is imported: <c>.txt</c> tags to the import's tag service, <c>.json</c> tags to
/// their own services (the import's service when the store has no such tag service), URLs and notes.
/// </summary>
internal sealed class SidecarImport(HydraStore store, string defaultService)
{
    private readonly HashSet<string> tagServices = store.Services.Where(service => service.IsTagService).Select(service => service.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads and applies the sidecars of <paramref name="mediaPath"/>; false when it has none.</summary>
    public bool Apply(FileHash hash, string mediaPath)
    {
        var sidecar = Sidecar.Read(mediaPath);
        if (sidecar.IsEmpty)
        {
            return false;
        }

        if (sidecar.Tags.Count > 0)
        {
            store.AddTags([hash], sidecar.Tags, defaultService);
        }

        foreach (var (service, tags) in sidecar.TagsByService)
        {
            store.AddTags([hash], tags, tagServices.Contains(service) ? service : defaultService);
        }

        if (sidecar.Urls.Count > 0)
        {
            store.AddUrls(hash, sidecar.Urls);
        }

        foreach (var (name, text) in sidecar.Notes)
        {
            store.SetNote(hash, name, text);
        }

        return true;
    }
}
