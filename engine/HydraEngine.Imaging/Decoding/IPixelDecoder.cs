namespace HydraEngine.Imaging.Decoding;

/// <summary>
/// The seam between hashing and an image library: decodes any still image to hydrus's normalised pixels
/// (<see cref="HydrusPixels"/>). Never throws for bad input: failures are returned as an error.
/// </summary>
public interface IPixelDecoder
{
    PixelDecodeResult Decode(ReadOnlySpan<byte> file, ImageDecodeLimits limits);
}
