using System.Buffers;

namespace HydraEngine.Imaging.Png;

/// <summary>Decodes a PNG file into a <see cref="RasterImage"/>, translating every format problem into an error value.</summary>
internal static class PngDecoder
{
    public static ImageDecodeResult Decode(ReadOnlySpan<byte> file, ImageDecodeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            PngSizeGuard.CheckFile(file.Length, limits);
            var layout = PngLayoutReader.Read(file, limits);
            var format = layout.OutputFormat;
            PngSizeGuard.CheckOutput(format, limits, PngSignature.Bytes.Length);
            // Every sample is written below (Adam7 passes cover every pixel), so the array need not be zeroed.
            var samples = GC.AllocateUninitializedArray<byte>((int)format.TotalBytes);
            using (var reader = OpenScanlines(file, layout))
            {
                if (IsStoredAsDecoded(layout.Header))
                {
                    UnfilterInPlace(reader, layout, samples);
                }
                else
                {
                    UnfilterAndExpand(reader, layout, samples);
                }

                reader.RequireEnd();
            }

            var header = layout.Header;
            return ImageDecodeResult.Success(new RasterImage(format, header.ColourType, header.BitDepth, header.Interlaced, samples));
        }
        catch (PngFormatException exception)
        {
            return ImageDecodeResult.Failure(exception.Error);
        }
    }

    /// <summary>Non-interlaced 8/16-bit grey, grey+alpha, RGB and RGBA rows decode straight into the sample buffer.</summary>
    private static bool IsStoredAsDecoded(PngHeader header) =>
        !header.Interlaced && header.BitDepth >= 8 && header.ColourType != PngColourType.Indexed;

    private static ScanlineReader OpenScanlines(ReadOnlySpan<byte> file, PngFileLayout layout)
    {
        var header = layout.Header;
        var compressed = ArrayPool<byte>.Shared.Rent(layout.CompressedLength);
        var written = 0;
        foreach (var segment in layout.ImageData)
        {
            file.Slice(segment.Offset, segment.Length).CopyTo(compressed.AsSpan(written));
            written += segment.Length;
        }

        var longestRow = (int)(1 + header.RowBytes(header.Width));
        return new ScanlineReader(compressed, written, Adam7.FilteredSize(header), longestRow, layout.FirstImageDataOffset);
    }

    private static void UnfilterInPlace(ScanlineReader reader, PngFileLayout layout, byte[] samples)
    {
        var header = layout.Header;
        var rowBytes = (int)header.RowBytes(header.Width);
        var stride = header.FilterStride;
        var prior = Span<byte>.Empty;
        for (var y = 0; y < header.Height; y++)
        {
            var filtered = reader.ReadRow(rowBytes + 1);
            var target = samples.AsSpan(y * rowBytes, rowBytes);
            Unfilter(filtered, prior, target, stride, layout, y, 0);
            prior = target;
        }
    }

    private static void UnfilterAndExpand(ScanlineReader reader, PngFileLayout layout, byte[] samples)
    {
        var header = layout.Header;
        var expander = new ScanlineExpander(layout, samples);
        var longestRow = (int)header.RowBytes(header.Width);
        var current = ArrayPool<byte>.Shared.Rent(longestRow);
        var previous = ArrayPool<byte>.Shared.Rent(longestRow);
        try
        {
            var passes = Adam7.Passes(header.Interlaced);
            for (var passNumber = 0; passNumber < passes.Length; passNumber++)
            {
                var pass = passes[passNumber];
                if (pass.IsEmpty(header.Width, header.Height))
                {
                    continue;
                }

                var pixels = pass.Width(header.Width);
                var rowBytes = (int)header.RowBytes(pixels);
                var prior = Span<byte>.Empty;
                for (var passRow = 0; passRow < pass.Height(header.Height); passRow++)
                {
                    var target = current.AsSpan(0, rowBytes);
                    var y = pass.YStart + (passRow * pass.YStep);
                    Unfilter(reader.ReadRow(rowBytes + 1), prior, target, header.FilterStride, layout, y, passNumber + 1);
                    expander.Expand(target, pixels, y, pass);
                    (current, previous) = (previous, current);
                    prior = previous.AsSpan(0, rowBytes);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(previous);
        }
    }

    private static void Unfilter(ReadOnlySpan<byte> filtered, ReadOnlySpan<byte> prior, Span<byte> target, int stride, PngFileLayout layout, int y, int pass)
    {
        if (!ScanlineUnfilter.TryUnfilter(filtered[0], filtered[1..], prior, target, stride))
        {
            var where = pass == 0 ? $"row {y}" : $"row {y} (Adam7 pass {pass})";
            throw new PngFormatException(
                ImageDecodeErrorCodes.Filter,
                $"image data (first IDAT chunk at byte {layout.FirstImageDataOffset}): {where} has filter type {filtered[0]}, expected 0..4",
                layout.FirstImageDataOffset);
        }
    }
}
