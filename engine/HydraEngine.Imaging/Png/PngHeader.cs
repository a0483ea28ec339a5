using System.Buffers.Binary;

namespace HydraEngine.Imaging.Png;

/// <summary>The contents of an IHDR chunk, validated against the combinations the PNG specification allows.</summary>
internal readonly record struct PngHeader(int Width, int Height, int BitDepth, PngColourType ColourType, bool Interlaced)
{
    public const int ChunkLength = 13;

    /// <summary>Samples per pixel as stored in the file (an index counts as one).</summary>
    public int SamplesPerPixel => ColourType switch
    {
        PngColourType.Greyscale or PngColourType.Indexed => 1,
        PngColourType.GreyscaleAlpha => 2,
        PngColourType.Truecolour => 3,
        _ => 4,
    };

    public int BitsPerPixel => SamplesPerPixel * BitDepth;

    /// <summary>The byte distance the filters use to find the corresponding byte of the pixel to the left.</summary>
    public int FilterStride => Math.Max(1, BitsPerPixel / 8);

    /// <summary>Bytes in a scanline of <paramref name="pixels"/> pixels, without the filter-type byte.</summary>
    public long RowBytes(int pixels) => (((long)pixels * BitsPerPixel) + 7) / 8;

    public static bool IsAllowed(PngColourType colourType, int bitDepth) => colourType switch
    {
        PngColourType.Greyscale => bitDepth is 1 or 2 or 4 or 8 or 16,
        PngColourType.Indexed => bitDepth is 1 or 2 or 4 or 8,
        PngColourType.Truecolour or PngColourType.GreyscaleAlpha or PngColourType.TruecolourAlpha => bitDepth is 8 or 16,
        _ => false,
    };

    /// <summary>Parses and validates IHDR data; <paramref name="chunkOffset"/> is used in error reports.</summary>
    public static PngHeader Parse(ReadOnlySpan<byte> data, long chunkOffset)
    {
        if (data.Length != ChunkLength)
        {
            throw Invalid(chunkOffset, $"length is {data.Length}, expected {ChunkLength}");
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(data);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        int bitDepth = data[8];
        var colourType = (PngColourType)data[9];
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue)
        {
            throw Invalid(chunkOffset, $"dimensions {width}x{height} are outside 1..2^31-1");
        }

        if (!IsAllowed(colourType, bitDepth))
        {
            throw Invalid(chunkOffset, $"colour type {data[9]} with bit depth {bitDepth} is not allowed");
        }

        if (data[10] != 0 || data[11] != 0)
        {
            throw Invalid(chunkOffset, $"compression method {data[10]} / filter method {data[11]} unsupported (only 0)");
        }

        if (data[12] > 1)
        {
            throw Invalid(chunkOffset, $"interlace method {data[12]} unsupported (only 0 or 1)");
        }

        return new PngHeader((int)width, (int)height, bitDepth, colourType, data[12] == 1);
    }

    /// <summary>Writes the 13 bytes of IHDR data.</summary>
    public void Write(Span<byte> data)
    {
        BinaryPrimitives.WriteUInt32BigEndian(data, (uint)Width);
        BinaryPrimitives.WriteUInt32BigEndian(data[4..], (uint)Height);
        data[8] = (byte)BitDepth;
        data[9] = (byte)ColourType;
        data[10] = 0;
        data[11] = 0;
        data[12] = Interlaced ? (byte)1 : (byte)0;
    }

    private static PngFormatException Invalid(long offset, string why) =>
        new(ImageDecodeErrorCodes.Header, $"IHDR chunk at byte {offset}: {why}", offset);
}
