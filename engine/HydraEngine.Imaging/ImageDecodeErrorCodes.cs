namespace HydraEngine.Imaging;

/// <summary>The stable values of <see cref="ImageDecodeError.Code"/>.</summary>
public static class ImageDecodeErrorCodes
{
    /// <summary>The file does not start with the PNG signature.</summary>
    public const string Signature = "png.signature";

    /// <summary>The file ends inside a chunk or before IEND.</summary>
    public const string Truncated = "png.truncated";

    /// <summary>A chunk has an invalid length or type name.</summary>
    public const string Chunk = "png.chunk";

    /// <summary>A critical chunk's CRC-32 does not match its contents.</summary>
    public const string Crc = "png.crc";

    /// <summary>The IHDR chunk is missing, misplaced or holds invalid values.</summary>
    public const string Header = "png.ihdr";

    /// <summary>Critical chunks appear in an order the PNG specification forbids.</summary>
    public const string ChunkOrder = "png.chunk-order";

    /// <summary>A critical chunk this decoder does not know.</summary>
    public const string UnknownCriticalChunk = "png.unknown-critical";

    /// <summary>The palette is missing or invalid, or a pixel refers to an entry it does not have.</summary>
    public const string Palette = "png.palette";

    /// <summary>There is no IDAT chunk.</summary>
    public const string MissingImageData = "png.missing-idat";

    /// <summary>The IDAT zlib stream is corrupt or ends early.</summary>
    public const string Zlib = "png.zlib";

    /// <summary>The file, the image or its inflated data exceeds the limits or the size the header allows.</summary>
    public const string TooLarge = "png.too-large";

    /// <summary>A scanline has an unknown filter type.</summary>
    public const string Filter = "png.filter";
}
