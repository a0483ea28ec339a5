using HydraEngine.Imaging.Png;

namespace HydraEngine.Imaging;

/// <summary>The in-repository PNG codec and its colour encoders.</summary>
public static class PngCodec
{
    /// <summary>The in-repository <see cref="IImageCodec"/> (thread-safe, stateless).</summary>
    public static IImageCodec Default { get; } = new PngImageCodec();

    /// <summary>Encodes 8-bit RGB pixels (R, G, B per pixel, raster order) as a colour-type-2 PNG.</summary>
    public static byte[] EncodeRgb8(int width, int height, ReadOnlySpan<byte> rgb, PngEncodeOptions? options = null) =>
        PngImageCodec.Encode8Bit(PngColourType.Truecolour, 3, width, height, rgb, options);

    /// <summary>Encodes 8-bit RGBA pixels (R, G, B, A per pixel, raster order) as a colour-type-6 PNG.</summary>
    public static byte[] EncodeRgba8(int width, int height, ReadOnlySpan<byte> rgba, PngEncodeOptions? options = null) =>
        PngImageCodec.Encode8Bit(PngColourType.TruecolourAlpha, 4, width, height, rgba, options);
}
