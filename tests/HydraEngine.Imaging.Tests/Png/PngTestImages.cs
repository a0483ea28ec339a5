using HydraEngine.Imaging.Png;

namespace HydraEngine.Imaging.Tests.Png;

/// <summary>Deterministic sample data and the decoded values the decoder must produce from it.</summary>
internal static class PngTestImages
{
    /// <summary>Random packed scanlines (no filter bytes) valid for <paramref name="header"/>, with a smooth ramp mixed in so filters matter.</summary>
    public static byte[] PackedRows(PngHeader header, int seed, PngPalette? palette = null)
    {
        var random = new Random(seed);
        var rowBytes = (int)header.RowBytes(header.Width);
        var packed = new byte[rowBytes * header.Height];
        if (header.ColourType == PngColourType.Indexed)
        {
            FillIndices(header, packed, palette!.Count, random);
            return packed;
        }

        for (var i = 0; i < packed.Length; i++)
        {
            packed[i] = i % 3 == 0 ? (byte)random.Next(256) : (byte)((i / rowBytes) + (i % rowBytes));
        }

        return packed;
    }

    public static PngPalette Palette(int entries, bool withTransparency)
    {
        var rgb = new byte[entries * 3];
        for (var i = 0; i < rgb.Length; i++)
        {
            rgb[i] = (byte)((i * 37) + 11);
        }

        var alpha = withTransparency ? Enumerable.Range(0, Math.Max(1, entries / 2)).Select(i => (byte)(i * 5)).ToArray() : null;
        return new PngPalette(rgb, alpha);
    }

    /// <summary>What the decoder must produce, computed independently of the codec's expansion code.</summary>
    public static byte[] ExpectedSamples(PngHeader header, byte[] packed, PngPalette? palette)
    {
        if (header.BitDepth >= 8 && header.ColourType != PngColourType.Indexed)
        {
            return packed;
        }

        var rowBytes = (int)header.RowBytes(header.Width);
        var channels = palette is null ? 1 : (palette.HasTransparency ? 4 : 3);
        var expected = new List<byte>(header.Width * header.Height * channels);
        for (var y = 0; y < header.Height; y++)
        {
            for (var x = 0; x < header.Width; x++)
            {
                var value = Unpack(packed.AsSpan(y * rowBytes, rowBytes), x, header.BitDepth);
                if (palette is null)
                {
                    expected.Add((byte)(value * 255 / ((1 << header.BitDepth) - 1)));
                    continue;
                }

                expected.AddRange(palette.Rgb.AsSpan(value * 3, 3));
                if (palette.HasTransparency)
                {
                    expected.Add(value < palette.Alpha!.Length ? palette.Alpha[value] : (byte)255);
                }
            }
        }

        return [.. expected];
    }

    private static void FillIndices(PngHeader header, byte[] packed, int entries, Random random)
    {
        var rowBytes = (int)header.RowBytes(header.Width);
        for (var y = 0; y < header.Height; y++)
        {
            for (var x = 0; x < header.Width; x++)
            {
                var bit = x * header.BitDepth;
                var shift = 8 - header.BitDepth - (bit % 8);
                packed[(y * rowBytes) + (bit / 8)] |= (byte)(random.Next(entries) << shift);
            }
        }
    }

    private static int Unpack(ReadOnlySpan<byte> row, int x, int bitDepth)
    {
        var bit = x * bitDepth;
        var shift = 8 - bitDepth - (bit % 8);
        return (row[bit / 8] >> shift) & ((1 << bitDepth) - 1);
    }
}
