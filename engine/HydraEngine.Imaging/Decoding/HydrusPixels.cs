namespace HydraEngine.Imaging.Decoding;

/// <summary>
/// An image as hydrus normalises it before hashing: 8-bit RGB (3 channels) or RGBA (4 channels) interleaved,
/// rows top to bottom, EXIF orientation applied, useless alpha already removed.
/// </summary>
public sealed class HydrusPixels
{
    private readonly byte[] samples;

    public HydrusPixels(int width, int height, int channels, byte[] samples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (channels is not (3 or 4))
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "hydrus pixels have 3 or 4 channels");
        }

        ArgumentNullException.ThrowIfNull(samples);
        if (samples.LongLength != (long)width * height * channels)
        {
            throw new ArgumentException($"{samples.LongLength} samples for {width}x{height}x{channels}", nameof(samples));
        }

        Width = width;
        Height = height;
        Channels = channels;
        this.samples = samples;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>3 for RGB, 4 for RGBA.</summary>
    public int Channels { get; }

    public bool HasAlpha => Channels == 4;

    public ReadOnlySpan<byte> Samples => samples;
}
