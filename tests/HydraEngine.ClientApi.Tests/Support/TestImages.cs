using SkiaSharp;

namespace HydraEngine.ClientApi.Tests.Support;

/// <summary>Real image files made with SkiaSharp: each colour gives different bytes and so a different hash.</summary>
internal static class TestImages
{
    public static string Png(string folder, int width, int height, byte red, byte alpha = 255)
    {
        var path = Path.Combine(folder, $"image-{width}x{height}-{red}-{alpha}-{Guid.NewGuid():N}.png");
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(new SKColor(red, 40, 200, alpha));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    /// <summary>
    /// A drawing (shapes on white, moved by <paramref name="variant"/>) so perceptual hashes have something to see.
    /// <paramref name="pngFilters"/> picks the PNG encoder's settings: the same drawing with other settings has other
    /// bytes and the same pixels (a pixel duplicate); <paramref name="jpeg"/> writes a JPEG (similar, not pixel-identical).
    /// </summary>
    public static string Drawing(string folder, int variant, bool pngFilters = true, bool jpeg = false)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(256, 256, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var dark = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var red = new SKPaint { Color = new SKColor(200, 20, 20), IsAntialias = true };
            canvas.DrawCircle(80 + (variant * 97 % 100), 90, 50, dark);
            canvas.DrawRect(120, 140 - (variant * 41 % 90), 110, 80, red);
            canvas.DrawRect(10, 200, 236, 30 + (variant * 13 % 20), dark);
        }

        var path = Path.Combine(folder, $"drawing-{variant}-{Guid.NewGuid():N}.{(jpeg ? "jpg" : "png")}");
        using var pixmap = bitmap.PeekPixels();
        using var data = jpeg
            ? pixmap.Encode(new SKJpegEncoderOptions(92, SKJpegEncoderDownsample.Downsample444, SKJpegEncoderAlphaOption.Ignore))
            : pixmap.Encode(new SKPngEncoderOptions(pngFilters ? SKPngEncoderFilterFlags.AllFilters : SKPngEncoderFilterFlags.NoFilters, pngFilters ? 9 : 1));
        File.WriteAllBytes(path, data!.ToArray());
        return path;
    }
}
