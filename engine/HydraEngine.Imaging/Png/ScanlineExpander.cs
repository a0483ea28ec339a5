namespace HydraEngine.Imaging.Png;

/// <summary>
/// Places the pixels of an unfiltered scanline into the decoded sample buffer, expanding palette
/// indices to RGB(A) and scaling 1/2/4-bit grey to 8 bits; handles the pixel spacing of Adam7 passes.
/// </summary>
internal sealed class ScanlineExpander(PngFileLayout layout, byte[] samples)
{
    private readonly PngHeader header = layout.Header;
    private readonly PngPalette? palette = layout.Palette;
    private readonly RasterImageFormat format = layout.OutputFormat;

    /// <summary>Writes <paramref name="pixelCount"/> pixels of <paramref name="row"/> to image row <paramref name="y"/>.</summary>
    public void Expand(ReadOnlySpan<byte> row, int pixelCount, int y, InterlacePass pass)
    {
        var bytesPerPixel = format.BytesPerPixel;
        var target = samples.AsSpan((int)((long)y * format.Width * bytesPerPixel));
        var firstByte = pass.XStart * bytesPerPixel;
        var byteStep = pass.XStep * bytesPerPixel;
        if (header.ColourType == PngColourType.Indexed)
        {
            ExpandPalette(row, pixelCount, y, pass, target);
        }
        else if (header.BitDepth < 8)
        {
            ExpandLowDepthGrey(row, pixelCount, target[firstByte..], byteStep);
        }
        else if (pass.XStep == 1)
        {
            row.CopyTo(target);
        }
        else
        {
            for (var i = 0; i < pixelCount; i++)
            {
                row.Slice(i * bytesPerPixel, bytesPerPixel).CopyTo(target[(firstByte + (i * byteStep))..]);
            }
        }
    }

    private void ExpandLowDepthGrey(ReadOnlySpan<byte> row, int pixelCount, Span<byte> target, int byteStep)
    {
        var bitDepth = header.BitDepth;
        var scale = 255 / ((1 << bitDepth) - 1);
        for (var i = 0; i < pixelCount; i++)
        {
            target[i * byteStep] = (byte)(PackedSample(row, i, bitDepth) * scale);
        }
    }

    private void ExpandPalette(ReadOnlySpan<byte> row, int pixelCount, int y, InterlacePass pass, Span<byte> target)
    {
        var entries = palette!;
        var rgb = entries.Rgb;
        var channels = format.Channels;
        for (var i = 0; i < pixelCount; i++)
        {
            var index = PackedSample(row, i, header.BitDepth);
            if (index >= entries.Count)
            {
                throw new PngFormatException(
                    ImageDecodeErrorCodes.Palette,
                    $"image data (first IDAT chunk at byte {layout.FirstImageDataOffset}): pixel ({pass.XStart + (i * pass.XStep)}, {y}) " +
                    $"uses palette index {index} but PLTE has {entries.Count} entries",
                    layout.FirstImageDataOffset);
            }

            var pixel = target.Slice((pass.XStart + (i * pass.XStep)) * channels, channels);
            pixel[0] = rgb[index * 3];
            pixel[1] = rgb[(index * 3) + 1];
            pixel[2] = rgb[(index * 3) + 2];
            if (channels == 4)
            {
                pixel[3] = entries.AlphaOf(index);
            }
        }
    }

    /// <summary>The <paramref name="index"/>-th sample of a row packed at <paramref name="bitDepth"/> bits (1, 2, 4 or 8), most significant bits first.</summary>
    internal static int PackedSample(ReadOnlySpan<byte> row, int index, int bitDepth)
    {
        if (bitDepth == 8)
        {
            return row[index];
        }

        var bit = index * bitDepth;
        var shift = 8 - bitDepth - (bit & 7);
        return (row[bit >> 3] >> shift) & ((1 << bitDepth) - 1);
    }
}
