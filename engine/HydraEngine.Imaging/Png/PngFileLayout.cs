namespace HydraEngine.Imaging.Png;

/// <summary>Where the compressed image data of one IDAT chunk lies in the file.</summary>
internal readonly record struct ImageDataSegment(int Offset, int Length);

/// <summary>What the chunk walk found: the header, the palette and the IDAT payloads to inflate.</summary>
internal sealed class PngFileLayout(PngHeader header, PngPalette? palette, IReadOnlyList<ImageDataSegment> imageData, long firstImageDataOffset)
{
    public PngHeader Header { get; } = header;

    public PngPalette? Palette { get; } = palette;

    /// <summary>The IDAT payloads in file order; together they form one zlib stream.</summary>
    public IReadOnlyList<ImageDataSegment> ImageData { get; } = imageData;

    /// <summary>File offset of the first IDAT chunk, used in reports about the image data.</summary>
    public long FirstImageDataOffset { get; } = firstImageDataOffset;

    public int CompressedLength => ImageData.Sum(segment => segment.Length);

    /// <summary>The decoded sample layout: palette images expand to RGB, or RGBA with tRNS; sub-byte grey to 8 bits.</summary>
    public RasterImageFormat OutputFormat
    {
        get
        {
            var channels = Header.ColourType == PngColourType.Indexed
                ? (Palette is { HasTransparency: true } ? 4 : 3)
                : Header.SamplesPerPixel;
            return new RasterImageFormat(Header.Width, Header.Height, channels, Header.BitDepth == 16 ? 16 : 8);
        }
    }
}
