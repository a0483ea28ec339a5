using System.Buffers;
using System.IO.Compression;

namespace HydraEngine.Imaging.Png;

/// <summary>
/// Writes a PNG: signature, IHDR, PLTE and tRNS for palette images, the zlib stream split into IDAT
/// chunks of at most <see cref="MaxImageDataChunk"/> bytes, and IEND.
/// </summary>
internal static class PngEncoder
{
    public const int MaxImageDataChunk = 64 * 1024;

    /// <param name="header">Size, colour type, bit depth and interlacing of the file to write.</param>
    /// <param name="packedRows">Raw scanlines without filter-type bytes, each <see cref="PngHeader.RowBytes"/> long, 16-bit samples big-endian.</param>
    /// <param name="palette">Required for indexed colour; ignored otherwise.</param>
    /// <param name="options">Compression level and interlacing (overrides <paramref name="header"/>).</param>
    /// <param name="fixedFilter">One filter type for every row, or null for the adaptive choice.</param>
    public static byte[] Encode(PngHeader header, ReadOnlySpan<byte> packedRows, PngPalette? palette, PngEncodeOptions options, PngFilterType? fixedFilter = null)
    {
        header = header with { Interlaced = options.Interlace };
        Validate(header, packedRows, palette);
        using var output = new MemoryStream();
        output.Write(PngSignature.Bytes);
        Span<byte> headerData = stackalloc byte[PngHeader.ChunkLength];
        header.Write(headerData);
        PngChunkWriter.Write(output, PngChunkType.Header, headerData);
        if (header.ColourType == PngColourType.Indexed)
        {
            WritePalette(output, palette!);
        }

        var compressed = Compress(header, packedRows, options.Level, fixedFilter ?? DefaultFilter(header));
        var data = compressed.GetBuffer().AsSpan(0, (int)compressed.Length);
        do
        {
            var part = data[..Math.Min(MaxImageDataChunk, data.Length)];
            PngChunkWriter.Write(output, PngChunkType.ImageData, part);
            data = data[part.Length..];
        }
        while (!data.IsEmpty);

        PngChunkWriter.Write(output, PngChunkType.End, []);
        return output.ToArray();
    }

    /// <summary>Like libpng: no filtering for palette and sub-byte images, adaptive for the rest.</summary>
    private static PngFilterType? DefaultFilter(PngHeader header) =>
        header.ColourType == PngColourType.Indexed || header.BitDepth < 8 ? PngFilterType.None : null;

    private static MemoryStream Compress(PngHeader header, ReadOnlySpan<byte> packedRows, CompressionLevel level, PngFilterType? filter)
    {
        var result = new MemoryStream();
        using (var deflater = new ZLibStream(result, level, leaveOpen: true))
        using (var chooser = new PngFilterChooser(filter, (int)header.RowBytes(header.Width), header.FilterStride))
        {
            foreach (var pass in Adam7.Passes(header.Interlaced))
            {
                if (!pass.IsEmpty(header.Width, header.Height))
                {
                    WritePass(header, packedRows, pass, deflater, chooser);
                }
            }
        }

        return result;
    }

    private static void WritePass(PngHeader header, ReadOnlySpan<byte> packedRows, InterlacePass pass, Stream deflater, PngFilterChooser chooser)
    {
        var sourceRowBytes = (int)header.RowBytes(header.Width);
        var rowBytes = (int)header.RowBytes(pass.Width(header.Width));
        var current = ArrayPool<byte>.Shared.Rent(rowBytes);
        var previous = ArrayPool<byte>.Shared.Rent(rowBytes);
        try
        {
            var prior = ReadOnlySpan<byte>.Empty;
            for (var y = pass.YStart; y < header.Height; y += pass.YStep)
            {
                var raw = packedRows.Slice(y * sourceRowBytes, sourceRowBytes);
                if (header.Interlaced)
                {
                    InterlacePassExtractor.Extract(header, raw, pass, current.AsSpan(0, rowBytes));
                    raw = current.AsSpan(0, rowBytes);
                    (current, previous) = (previous, current);
                }

                deflater.Write(chooser.Filter(raw, prior));
                prior = raw;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(previous);
        }
    }

    private static void WritePalette(Stream output, PngPalette palette)
    {
        PngChunkWriter.Write(output, PngChunkType.Palette, palette.Rgb);
        if (palette.Alpha is { Length: > 0 } alpha)
        {
            PngChunkWriter.Write(output, PngChunkType.Transparency, alpha);
        }
    }

    private static void Validate(PngHeader header, ReadOnlySpan<byte> packedRows, PngPalette? palette)
    {
        if (header.Width < 1 || header.Height < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(header), $"dimensions {header.Width}x{header.Height} must be at least 1x1");
        }

        if (!PngHeader.IsAllowed(header.ColourType, header.BitDepth))
        {
            throw new ArgumentException($"colour type {header.ColourType} with bit depth {header.BitDepth} is not allowed", nameof(header));
        }

        var expected = header.Height * header.RowBytes(header.Width);
        if (packedRows.Length != expected)
        {
            throw new ArgumentException($"expected {expected} bytes of scanlines for {header.Width}x{header.Height}, got {packedRows.Length}", nameof(packedRows));
        }

        if (header.ColourType == PngColourType.Indexed && palette is null)
        {
            throw new ArgumentNullException(nameof(palette), "an indexed-colour image needs a palette");
        }
    }
}
