namespace HydraEngine.Imaging.Metadata;

/// <summary>Whether an image file carries EXIF data and an ICC profile (what hydrus's auto-resolution EXIF/ICC guards look at).</summary>
public sealed record EmbeddedMetadata(bool HasExif, bool HasIccProfile)
{
    public static EmbeddedMetadata None { get; } = new(false, false);
}
