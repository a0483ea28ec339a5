namespace HydraEngine.Imaging.Png;

/// <summary>Refuses images over the decode limits before anything in proportion to them is allocated.</summary>
internal static class PngSizeGuard
{
    public static void CheckFile(int fileLength, ImageDecodeLimits limits)
    {
        if (fileLength > limits.MaxFileBytes)
        {
            throw TooLarge(0, $"the file has {fileLength} bytes, over the limit of {limits.MaxFileBytes}");
        }
    }

    public static void CheckHeader(PngHeader header, ImageDecodeLimits limits, long headerOffset)
    {
        var pixels = (long)header.Width * header.Height;
        if (pixels > limits.MaxPixels)
        {
            throw TooLarge(
                headerOffset,
                $"IHDR chunk at byte {headerOffset}: {header.Width}x{header.Height} = {pixels} pixels, over the limit of {limits.MaxPixels}");
        }
    }

    public static void CheckOutput(RasterImageFormat format, ImageDecodeLimits limits, long headerOffset)
    {
        var bytes = format.TotalBytes;
        var limit = Math.Min(limits.MaxDecodedBytes, Array.MaxLength);
        if (bytes > limit)
        {
            throw TooLarge(
                headerOffset,
                $"IHDR chunk at byte {headerOffset}: {format.Width}x{format.Height} with {format.Channels} channel(s) " +
                $"of {format.BitDepth} bits needs {bytes} bytes, over the limit of {limit}");
        }
    }

    private static PngFormatException TooLarge(long offset, string message) =>
        new(ImageDecodeErrorCodes.TooLarge, message, offset);
}
