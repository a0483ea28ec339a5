namespace HydraEngine.FixtureBooru.Tests.Support;

/// <summary>
/// An independent decoder for single-image GIFs (global colour table, no extensions): a textbook LZW decoder,
/// so the tests prove the served GIFs decode, not just that they were written the way they were written.
/// </summary>
internal static class GifTestDecoder
{
    public static (int Width, int Height, byte[] Indices) Decode(byte[] gif)
    {
        System.Text.Encoding.ASCII.GetString(gif, 0, 6).ShouldBe("GIF89a");
        var width = gif[6] | (gif[7] << 8);
        var height = gif[8] | (gif[9] << 8);
        var position = 13 + (3 << ((gif[10] & 7) + 1));
        gif[position].ShouldBe((byte)0x2C);
        position += 10;
        int minimumCodeSize = gif[position++];
        var data = new List<byte>();
        while (gif[position] != 0)
        {
            data.AddRange(gif.AsSpan(position + 1, gif[position]).ToArray());
            position += gif[position] + 1;
        }

        gif[position + 1].ShouldBe((byte)0x3B);
        return (width, height, Lzw(data, minimumCodeSize));
    }

    private static byte[] Lzw(List<byte> data, int minimumCodeSize)
    {
        var clear = 1 << minimumCodeSize;
        var end = clear + 1;
        var table = new List<byte[]>();
        void Reset()
        {
            table.Clear();
            for (var i = 0; i < clear + 2; i++)
            {
                table.Add([(byte)i]);
            }
        }

        Reset();
        var width = minimumCodeSize + 1;
        var output = new List<byte>();
        byte[]? previous = null;
        var bit = 0;
        while (bit + width <= data.Count * 8)
        {
            var code = 0;
            for (var i = 0; i < width; i++, bit++)
            {
                code |= ((data[bit / 8] >> (bit % 8)) & 1) << i;
            }

            if (code == clear)
            {
                Reset();
                width = minimumCodeSize + 1;
                previous = null;
                continue;
            }

            if (code == end)
            {
                break;
            }

            byte[] entry = code < table.Count ? table[code] : [.. previous!, previous![0]];
            output.AddRange(entry);
            if (previous is not null)
            {
                table.Add([.. previous, entry[0]]);
                if (table.Count == 1 << width && width < 12)
                {
                    width++;
                }
            }

            previous = entry;
        }

        return [.. output];
    }
}
