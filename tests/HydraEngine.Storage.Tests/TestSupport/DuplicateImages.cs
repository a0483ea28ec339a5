using HydraEngine.Imaging;
using HydraEngine.Imaging.Decoding;
using SkiaSharp;

namespace HydraEngine.Storage.Tests.TestSupport;

/// <summary>Real image files for duplicate tests: a detailed grey picture as JPEG, and a PNG holding exactly the JPEG's decoded pixels.</summary>
internal static class DuplicateImages
{
    public static byte[] Jpeg(int width, int height, int quality = 90, int pattern = 0)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var grey = (byte)((x * 3 + y * 5 + x * y / 40 + pattern * x * x / 7) % 256);
                bitmap.SetPixel(x, y, new SKColor(grey, grey, grey));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    /// <summary>A PNG with exactly the pixels the JPEG decodes to: hydrus's pixel duplicate of it.</summary>
    public static byte[] PixelTwinPng(byte[] jpeg)
    {
        var decoded = SkiaPixelDecoder.Instance.Decode(jpeg, ImageDecodeLimits.Default).Pixels!;
        var greyPlane = Enumerable.Range(0, decoded.Width * decoded.Height).Select(pixel => decoded.Samples[pixel * 3]).ToArray();
        return PngCodec.Default.EncodeGreyscale8(decoded.Width, decoded.Height, greyPlane);
    }
}
