namespace HydraEngine.Imaging.Png;

/// <summary>Gathers the pixels of one Adam7 pass row from a full packed image, for the encoder.</summary>
internal static class InterlacePassExtractor
{
    /// <summary>
    /// Writes the pixels of image row <paramref name="sourceRow"/> that belong to <paramref name="pass"/>
    /// into <paramref name="target"/>, packed at the header's bit depth.
    /// </summary>
    public static void Extract(PngHeader header, ReadOnlySpan<byte> sourceRow, InterlacePass pass, Span<byte> target)
    {
        var pixels = pass.Width(header.Width);
        if (header.BitsPerPixel >= 8)
        {
            var bytesPerPixel = header.BitsPerPixel / 8;
            for (var i = 0; i < pixels; i++)
            {
                sourceRow.Slice((pass.XStart + (i * pass.XStep)) * bytesPerPixel, bytesPerPixel).CopyTo(target[(i * bytesPerPixel)..]);
            }

            return;
        }

        var bitDepth = header.BitDepth;
        target.Clear();
        for (var i = 0; i < pixels; i++)
        {
            var value = ScanlineExpander.PackedSample(sourceRow, pass.XStart + (i * pass.XStep), bitDepth);
            var bit = i * bitDepth;
            target[bit >> 3] |= (byte)(value << (8 - bitDepth - (bit & 7)));
        }
    }
}
