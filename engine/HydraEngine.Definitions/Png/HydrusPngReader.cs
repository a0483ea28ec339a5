using System.Buffers.Binary;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Imaging;

namespace HydraEngine.Definitions.Png;

/// <summary>
/// Extracts the payload bytes hydrus hides in a serialised PNG (png-container.md §4): pixel bytes of one
/// channel in raster order; rows 0..H_top-1 are the header picture, then a big-endian length and the payload.
/// </summary>
public static class HydrusPngReader
{
    public static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool LooksLikePng(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    /// <summary>Returns the payload, or null with a diagnostic in <paramref name="diagnostics"/>.</summary>
    public static byte[]? ReadPayload(ReadOnlySpan<byte> file, DiagnosticBag diagnostics, IImageCodec? codec = null)
    {
        var decoded = (codec ?? PngCodec.Default).Decode(file, new ImageDecodeLimits());
        if (decoded.Image is not { } image)
        {
            var error = decoded.Error!;
            diagnostics.Error("", "png." + error.Code.Replace("png.", "", StringComparison.Ordinal), $"the file did not appear to be a valid image: {error.Message}");
            return null;
        }

        if (image.BitDepth != 8)
        {
            diagnostics.Error("", DiagnosticCodes.NotHydrusPng, $"the image has {image.BitDepth}-bit samples; hydrus serialised PNGs are 8-bit greyscale, so this is not one (was it converted by another program?).");
            return null;
        }

        // 8-bit greyscale (every real hydrus PNG) is read in place; other layouts copy out the channel hydrus reads
        var pixels = image.Channels == 1 ? image.Samples : image.ChannelPlane(HydrusChannel(image.Channels));
        return ExtractPayload(pixels, image.Width, image.Height, diagnostics);
    }

    /// <summary>hydrus reads channel 0 of OpenCV's BGR(A) array: blue for colour images, grey otherwise.</summary>
    private static int HydrusChannel(int channels) => channels >= 3 ? 2 : 0;

    internal static byte[]? ExtractPayload(ReadOnlySpan<byte> pixels, int width, int height, DiagnosticBag diagnostics)
    {
        if (pixels.Length < 2)
        {
            return NotHydrus(diagnostics, "the image is too small to hold a header.");
        }

        var headerRows = BinaryPrimitives.ReadUInt16BigEndian(pixels);
        if (headerRows < 1 || headerRows >= height)
        {
            return NotHydrus(diagnostics, $"its first two pixels say the header is {headerRows} rows tall, but the image has {height} rows (header bytes were invalid).");
        }

        var payloadStart = (long)width * headerRows;
        if (payloadStart + 4 > pixels.Length)
        {
            return NotHydrus(diagnostics, "there is no room for the payload length after the header (payload bytes were invalid).");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(pixels.Slice((int)payloadStart, 4));
        var available = pixels.Length - payloadStart - 4;
        if (length == 0 || length > available)
        {
            diagnostics.Error("", DiagnosticCodes.PngPayloadTruncated, length == 0
                ? "the payload length is zero: this image carries no hydrus object."
                : $"the payload claims {length} bytes but the image only has room for {available}: the PNG was cut, resized or is not a hydrus serialised png.");
            return null;
        }

        return pixels.Slice((int)payloadStart + 4, (int)length).ToArray();
    }

    private static byte[]? NotHydrus(DiagnosticBag diagnostics, string why)
    {
        diagnostics.Error("", DiagnosticCodes.NotHydrusPng, $"the image loaded, but it did not seem to be a hydrus serialised png: {why}");
        return null;
    }
}
