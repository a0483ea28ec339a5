using System.Buffers.Binary;

namespace HydraEngine.Imaging;

/// <summary>
/// A decoded image holding the exact stored sample values: no gamma, colour conversion or rotation.
/// Channels keep the natural PNG order: grey; grey, alpha; red, green, blue; red, green, blue, alpha.
/// Palette images are expanded to RGB (or RGBA when the file has a tRNS chunk) and 1/2/4-bit grey is
/// scaled to 8 bits (value × 255 / (2^bits − 1)); a tRNS chunk on grey or RGB images adds no channel.
/// </summary>
public sealed class RasterImage
{
    private readonly byte[] samples;

    internal RasterImage(RasterImageFormat format, PngColourType sourceColourType, int sourceBitDepth, bool interlaced, byte[] samples)
    {
        Width = format.Width;
        Height = format.Height;
        Channels = format.Channels;
        BitDepth = format.BitDepth;
        SourceColourType = sourceColourType;
        SourceBitDepth = sourceBitDepth;
        Interlaced = interlaced;
        this.samples = samples;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>1 grey, 2 grey + alpha, 3 RGB, 4 RGBA.</summary>
    public int Channels { get; }

    /// <summary>8 or 16: the depth of the samples held here.</summary>
    public int BitDepth { get; }

    public PngColourType SourceColourType { get; }

    public int SourceBitDepth { get; }

    public bool Interlaced { get; }

    /// <summary>Bytes per sample: 1 for 8-bit, 2 for 16-bit images.</summary>
    public int BytesPerSample => BitDepth / 8;

    /// <summary>Bytes per row of <see cref="Samples"/>.</summary>
    public int RowStride => Width * Channels * BytesPerSample;

    /// <summary>
    /// All samples interleaved per pixel, rows top to bottom without padding;
    /// 16-bit samples are big-endian byte pairs as in the PNG file.
    /// </summary>
    public ReadOnlySpan<byte> Samples => samples;

    /// <summary>The value (0..255 or 0..65535) of one sample.</summary>
    public int GetSample(int x, int y, int channel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, Width);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Height);
        ValidateChannel(channel);
        var index = ((y * Width + x) * Channels + channel) * BytesPerSample;
        return BitDepth == 8 ? samples[index] : BinaryPrimitives.ReadUInt16BigEndian(samples.AsSpan(index, 2));
    }

    /// <summary>A fresh array of Width × Height bytes holding one channel (the high byte of 16-bit samples).</summary>
    public byte[] ChannelPlane(int channel)
    {
        ValidateChannel(channel);
        if (Channels == 1 && BitDepth == 8)
        {
            return samples.AsSpan().ToArray();
        }

        var plane = new byte[Width * Height];
        var pixelStride = Channels * BytesPerSample;
        var source = channel * BytesPerSample;
        for (var target = 0; target < plane.Length; target++, source += pixelStride)
        {
            plane[target] = samples[source];
        }

        return plane;
    }

    private void ValidateChannel(int channel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(channel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, Channels);
    }
}
