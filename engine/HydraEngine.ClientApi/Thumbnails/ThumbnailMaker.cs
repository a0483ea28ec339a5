using SkiaSharp;

namespace HydraEngine.ClientApi.Thumbnails;

/// <summary>
/// Makes a thumbnail with SkiaSharp: the first frame (animations included) scaled into hydrus's bounding box,
/// JPEG when opaque and PNG when the image has alpha, as hydrus stores them. Refuses images over 200 megapixels.
/// </summary>
internal static class ThumbnailMaker
{
    private const long MaxPixels = 200_000_000;

    /// <summary>The encoded thumbnail, or null when the file is not an image SkiaSharp can decode.</summary>
    public static byte[]? Make(string sourcePath)
    {
        using var codec = SKCodec.Create(sourcePath);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > MaxPixels || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }

        var opaque = codec.Info.AlphaType == SKAlphaType.Opaque;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var frame = new SKBitmap(info);
        var result = codec.GetPixels(info, frame.GetPixels(), new SKCodecOptions(0));
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        var (width, height) = ThumbnailSize.Of(info.Width, info.Height);
        using var scaled = width == info.Width && height == info.Height
            ? frame.Copy()
            : frame.Resize(new SKImageInfo(width, height, info.ColorType, info.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (scaled is null)
        {
            return null;
        }

        using var image = SKImage.FromBitmap(scaled);
        using var data = opaque ? image.Encode(SKEncodedImageFormat.Jpeg, 90) : image.Encode(SKEncodedImageFormat.Png, 100);
        return data?.ToArray();
    }

    /// <summary>hydrus shows a file-type icon for files without a thumbnail: ours is a plain grey tile with a border, as PNG.</summary>
    public static byte[] Placeholder()
    {
        using var surface = SKSurface.Create(new SKImageInfo(ThumbnailSize.BoundingWidth, ThumbnailSize.BoundingHeight));
        surface.Canvas.Clear(new SKColor(0xDD, 0xDD, 0xDD));
        using var border = new SKPaint { Color = new SKColor(0x99, 0x99, 0x99), Style = SKPaintStyle.Stroke, StrokeWidth = 4 };
        surface.Canvas.DrawRect(2, 2, ThumbnailSize.BoundingWidth - 4, ThumbnailSize.BoundingHeight - 4, border);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
