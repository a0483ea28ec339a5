namespace HydraEngine.Imaging;

/// <summary>The image codec seam, so another image library can be swapped in later.</summary>
public interface IImageCodec
{
    /// <summary>Decodes an image file. Never throws for bad input: failures are returned as an error.</summary>
    ImageDecodeResult Decode(ReadOnlySpan<byte> file, ImageDecodeLimits limits);

    /// <summary>Encodes <paramref name="width"/> × <paramref name="height"/> 8-bit grey samples in raster order.</summary>
    byte[] EncodeGreyscale8(int width, int height, ReadOnlySpan<byte> pixels, PngEncodeOptions? options = null);
}
