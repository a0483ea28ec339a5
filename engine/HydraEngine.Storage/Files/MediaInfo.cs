namespace HydraEngine.Storage.Files;

/// <summary>What a file's headers say about it; null where unknown or not applicable.</summary>
public sealed record MediaInfo(int? Width = null, int? Height = null, long? DurationMs = null, int? NumFrames = null)
{
    public static MediaInfo Unknown { get; } = new();
}
