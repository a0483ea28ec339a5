using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Downloading.Work;

/// <summary>How a gallery seed ended: the finished seed, files added, the page's title, and whether the page was gone (404/403/400).</summary>
internal sealed record GalleryPageOutcome(GallerySeed Seed, int Added, string? Title, bool Gone, bool NetworkError, string? StopReason);
