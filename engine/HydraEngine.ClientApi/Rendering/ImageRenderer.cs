using SkiaSharp;

namespace HydraEngine.ClientApi.Rendering;

/// <summary>An output format of <c>/get_files/render</c>: hydrus's mime id, SkiaSharp's encoder and the content type.</summary>
internal sealed record RenderFormat(int HydrusMime, SKEncodedImageFormat Encoder, string ContentType, int DefaultQuality)
{
    public static IReadOnlyList<RenderFormat> All { get; } =
    [
        new(2, SKEncodedImageFormat.Png, "image/png", 1),
        new(1, SKEncodedImageFormat.Jpeg, "image/jpeg", 80),
        new(33, SKEncodedImageFormat.Webp, "image/webp", 80),
    ];
}

/// <summary>
/// Renders a still image as hydrus's <c>/get_files/render</c> does: decoded to sRGB RGBA, optionally resized to
/// exactly the asked width and height, encoded as PNG, JPEG or WebP. Refuses images over 200 megapixels.
/// </summary>
internal static class ImageRenderer
{
    private const long MaxPixels = 200_000_000;

    /// <summary>The encoded image, or null when SkiaSharp cannot decode the file.</summary>
    public static byte[]? Render(string path, RenderFormat format, int quality, (int Width, int Height)? size)
    {
        using var codec = SKCodec.Create(path);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels(), new SKCodecOptions(0)) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        using var resized = size is { } wanted && (wanted.Width != info.Width || wanted.Height != info.Height)
            ? decoded.Resize(info.WithSize(wanted.Width, wanted.Height), new SKSamplingOptions(SKCubicResampler.Mitchell))
            : decoded.Copy();
        if (resized is null)
        {
            return null;
        }

        using var image = SKImage.FromBitmap(resized);
        using var data = image.Encode(format.Encoder, Math.Clamp(quality, 0, 100));
        return data?.ToArray();
    }
}
