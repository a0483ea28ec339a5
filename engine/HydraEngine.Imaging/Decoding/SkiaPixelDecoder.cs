using SkiaSharp;

namespace HydraEngine.Imaging.Decoding;

/// <summary>
/// <see cref="IPixelDecoder"/> through SkiaSharp: stored samples without colour management (no ICC or gAMA/cHRM
/// conversion), EXIF orientation applied except for PNG (hydrus ignores PNG EXIF), alpha kept unpremultiplied
/// and dropped when hydrus would judge it useless. Thread-safe and stateless.
/// </summary>
public sealed class SkiaPixelDecoder : IPixelDecoder
{
    public static SkiaPixelDecoder Instance { get; } = new();

    public PixelDecodeResult Decode(ReadOnlySpan<byte> file, ImageDecodeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (file.Length > limits.MaxFileBytes)
        {
            return PixelDecodeResult.Failure($"the file is {file.Length} bytes, over the {limits.MaxFileBytes} byte limit");
        }

        using var data = SKData.CreateCopy(file);
        using var stream = new SKMemoryStream(data);
        using var codec = SKCodec.Create(stream, out var createResult);
        if (codec is null)
        {
            return PixelDecodeResult.Failure($"not a decodable image ({createResult})");
        }

        var format = codec.EncodedFormat.ToString().ToLowerInvariant();
        var info = codec.Info;
        if ((long)info.Width * info.Height > limits.MaxPixels || (long)info.Width * info.Height * 4 > limits.MaxDecodedBytes)
        {
            return PixelDecodeResult.Failure($"{info.Width}x{info.Height} is over the decode limits", format);
        }

        if (codec.EncodedFormat == SKEncodedImageFormat.Png && PngBitDepth.Of(file) == 16)
        {
            return SixteenBitPng.Decode(file, limits);
        }

        var opaque = info.AlphaType == SKAlphaType.Opaque;
        var target = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var rgba = new byte[target.BytesSize];
        var result = DecodeInto(codec, target, rgba);
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return PixelDecodeResult.Failure($"decoding failed ({result})", format);
        }

        var pixels = opaque ? DropAlpha(info.Width, info.Height, rgba) : new HydrusPixels(info.Width, info.Height, 4, rgba);
        if (codec.EncodedFormat != SKEncodedImageFormat.Png)
        {
            pixels = ExifOrientation.Apply(pixels, (int)codec.EncodedOrigin);
        }

        return new PixelDecodeResult(UselessAlpha.Strip(pixels), null, format, Math.Max(1, codec.FrameCount));
    }

    private static SKCodecResult DecodeInto(SKCodec codec, SKImageInfo target, byte[] buffer)
    {
        unsafe
        {
            fixed (byte* pointer = buffer)
            {
                return codec.GetPixels(target, (IntPtr)pointer);
            }
        }
    }

    private static HydrusPixels DropAlpha(int width, int height, byte[] rgba)
    {
        var count = width * height;
        var rgb = new byte[count * 3];
        for (var pixel = 0; pixel < count; pixel++)
        {
            rgb[pixel * 3] = rgba[pixel * 4];
            rgb[pixel * 3 + 1] = rgba[pixel * 4 + 1];
            rgb[pixel * 3 + 2] = rgba[pixel * 4 + 2];
        }

        return new HydrusPixels(width, height, 3, rgb);
    }
}
