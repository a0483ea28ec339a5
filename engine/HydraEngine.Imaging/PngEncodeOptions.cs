using System.IO.Compression;

namespace HydraEngine.Imaging;

/// <summary>How a PNG is written.</summary>
/// <param name="Level">The zlib compression level of the IDAT stream.</param>
/// <param name="Interlace">Write Adam7-interlaced scanlines.</param>
public sealed record PngEncodeOptions(CompressionLevel Level = CompressionLevel.SmallestSize, bool Interlace = false)
{
    /// <summary>The default options: smallest size, not interlaced.</summary>
    public static PngEncodeOptions Default { get; } = new();
}
