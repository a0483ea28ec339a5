namespace HydraEngine.Imaging.Png;

/// <summary>The eight bytes every PNG file starts with.</summary>
internal static class PngSignature
{
    public static ReadOnlySpan<byte> Bytes => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
}
