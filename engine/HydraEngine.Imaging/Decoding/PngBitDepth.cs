namespace HydraEngine.Imaging.Decoding;

/// <summary>The IHDR bit depth of a PNG file.</summary>
internal static class PngBitDepth
{
    private const int BitDepthOffset = 24;

    /// <summary>The bit depth, or 0 when the file is too short to say.</summary>
    public static int Of(ReadOnlySpan<byte> png) => png.Length > BitDepthOffset ? png[BitDepthOffset] : 0;
}
