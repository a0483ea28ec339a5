namespace HydraEngine.Imaging.Png;

/// <summary>The in-repository PNG implementation of <see cref="IImageCodec"/>.</summary>
internal sealed class PngImageCodec : IImageCodec
{
    public ImageDecodeResult Decode(ReadOnlySpan<byte> file, ImageDecodeLimits limits) => PngDecoder.Decode(file, limits);

    public byte[] EncodeGreyscale8(int width, int height, ReadOnlySpan<byte> pixels, PngEncodeOptions? options = null) =>
        Encode8Bit(PngColourType.Greyscale, 1, width, height, pixels, options);

    public static byte[] Encode8Bit(PngColourType colourType, int channels, int width, int height, ReadOnlySpan<byte> pixels, PngEncodeOptions? options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var expected = (long)width * height * channels;
        if (pixels.Length != expected)
        {
            throw new ArgumentException(
                $"{width}x{height} with {channels} channel(s) needs {expected} bytes, got {pixels.Length}", nameof(pixels));
        }

        var header = new PngHeader(width, height, 8, colourType, Interlaced: false);
        return PngEncoder.Encode(header, pixels, palette: null, options ?? PngEncodeOptions.Default);
    }
}
