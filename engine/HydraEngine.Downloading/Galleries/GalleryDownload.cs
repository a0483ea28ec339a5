namespace HydraEngine.Downloading.Galleries;

/// <summary>A gallery download (hydrus's "download page" query): a GUG's search, its gallery log, its file log and its file limit.</summary>
public sealed record GalleryDownload(
    long Id,
    string GugName,
    string QueryText,
    int? FileLimit,
    bool Paused,
    string? StopReason,
    long Created,
    long GalleryLogId,
    long FileLogId)
{
    public string Label => $"gallery {Id}: {GugName} \"{QueryText}\"";
}
