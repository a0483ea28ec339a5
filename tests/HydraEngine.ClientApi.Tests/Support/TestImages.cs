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
}
