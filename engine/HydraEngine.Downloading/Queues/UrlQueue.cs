namespace HydraEngine.Downloading.Queues;

/// <summary>A named queue of URLs to import (hydrus's "url import" page): post and file URLs as file seeds, gallery URLs as gallery seeds.</summary>
public sealed record UrlQueue(long Id, string Name, bool Paused, long GalleryLogId, long FileLogId)
{
    public string Label => $"urls: {Name}";
}
