using System.Security.Cryptography;
using HydraEngine.Imaging.Decoding;

namespace HydraEngine.Imaging.Perceptual;

/// <summary>Decodes a file through an <see cref="IPixelDecoder"/> and computes its <see cref="ImageHashes"/>.</summary>
public sealed class ImageHasher(IPixelDecoder decoder)
{
    public static ImageHasher Default { get; } = new(SkiaPixelDecoder.Instance);

    /// <summary>The hashes, or an error saying why there are none (not an image, animated, undecodable).</summary>
    public (ImageHashes? Hashes, string? Error) Hash(ReadOnlySpan<byte> file, ImageDecodeLimits? limits = null)
    {
        var decoded = decoder.Decode(file, limits ?? ImageDecodeLimits.Default);
        if (decoded.Pixels is not { } pixels)
        {
            return (null, decoded.Error);
        }

        if (decoded.IsAnimated)
        {
            return (null, $"an animated {decoded.Format} ({decoded.FrameCount} frames) has no perceptual hash");
        }

        return (Of(pixels), null);
    }

    public static ImageHashes Of(HydrusPixels pixels) =>
        new(pixels.Width, pixels.Height, SHA256.HashData(pixels.Samples), ShapePerceptualHash.Compute(pixels));
}
