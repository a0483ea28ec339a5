using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Deletion;

/// <summary>
/// Moves files domain → trash → out, as hydrus does, leaving deletion records; tags, URLs, notes and
/// timestamps stay attached to the hash. Call inside a write transaction; bytes are removed by the caller
/// after the commit (so a crash never leaves a row without its file).
/// </summary>
internal sealed class FileDeleter
{
    private readonly FileLocations locations;
    private readonly ServiceRegistry services;

    public FileDeleter(FileLocations locations, ServiceRegistry services)
    {
        this.locations = locations;
        this.services = services;
    }

    public DeletionOutcome Delete(long hashId, StoreService? domain, bool permanent, string? reason, long nowMs)
    {
        var status = locations.StatusOf(hashId);
        if (status == FileStatus.Current)
        {
            var domains = domain is null ? services.LocalFileDomains.ToList() : [domain];
            foreach (var each in domains)
            {
                locations.MoveToDeleted(each.Id, hashId, nowMs, reason);
            }

            if (services.LocalFileDomains.Any(each => locations.IsCurrent(each.Id, hashId)))
            {
                return DeletionOutcome.RemovedFromDomain;
            }

            locations.MoveToDeleted(ServiceCatalog.AllMyFilesId, hashId, nowMs, reason);
            locations.AddCurrent(ServiceCatalog.TrashId, hashId, nowMs);
            if (!permanent)
            {
                return DeletionOutcome.MovedToTrash;
            }

            status = FileStatus.InTrash;
        }

        if (status != FileStatus.InTrash)
        {
            return DeletionOutcome.NotPresent;
        }

        locations.RemoveCurrent(ServiceCatalog.TrashId, hashId);
        locations.MoveToDeleted(ServiceCatalog.AllLocalFilesId, hashId, nowMs, reason);
        return DeletionOutcome.Purged;
    }

    /// <summary>Brings a file back from the trash into the domains it was deleted from; false when it is not in the trash.</summary>
    public bool Undelete(long hashId, long nowMs)
    {
        if (!locations.IsCurrent(ServiceCatalog.TrashId, hashId))
        {
            return false;
        }

        locations.RemoveCurrent(ServiceCatalog.TrashId, hashId);
        var deletions = locations.Deleted(hashId);
        var restored = 0;
        foreach (var domain in services.LocalFileDomains)
        {
            var record = deletions.FirstOrDefault(row => row.ServiceId == domain.Id);
            if (record is not null)
            {
                locations.ClearDeleted(domain.Id, hashId);
                locations.AddCurrent(domain.Id, hashId, record.OriginalTimestampMs ?? nowMs);
                restored++;
            }
        }

        if (restored == 0)
        {
            locations.AddCurrent(ServiceCatalog.MyFilesId, hashId, nowMs);
        }

        var umbrella = deletions.FirstOrDefault(row => row.ServiceId == ServiceCatalog.AllMyFilesId);
        locations.ClearDeleted(ServiceCatalog.AllMyFilesId, hashId);
        locations.AddCurrent(ServiceCatalog.AllMyFilesId, hashId, umbrella?.OriginalTimestampMs ?? nowMs);
        return true;
    }
}
