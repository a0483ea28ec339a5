namespace HydraEngine.FixtureBooru.Content;

/// <summary>
/// Writes a four-colour GIF89a without compression: the LZW stream is a clear code before every two literal
/// codes, so the code width stays 3 bits and no dictionary is needed.
/// </summary>
internal static class GifEncoder
{
    private const int ClearCode = 4;
    private const int EndCode = 5;
    private const int CodeWidth = 3;

    /// <param name="palette">Four RGB colours (12 bytes).</param>
    /// <param name="indices">One palette index (0–3) per pixel, raster order.</param>
    public static byte[] Encode(int width, int height, ReadOnlySpan<byte> palette, ReadOnlySpan<byte> indices)
    {
        using var output = new MemoryStream();
        output.Write("GIF89a"u8);
        WriteUInt16(output, width);
        WriteUInt16(output, height);
        output.WriteByte(0x91); // global colour table, 2 bits of colour resolution, table of 2^(1+1) entries
        output.WriteByte(0);
        output.WriteByte(0);
        output.Write(palette[..12]);
        output.WriteByte(0x2C);
        WriteUInt16(output, 0);
        WriteUInt16(output, 0);
        WriteUInt16(output, width);
        WriteUInt16(output, height);
        output.WriteByte(0);
        output.WriteByte(2); // LZW minimum code size
        WriteSubBlocks(output, LzwCodes(indices));
        output.WriteByte(0x3B);
        return output.ToArray();
    }

    private static byte[] LzwCodes(ReadOnlySpan<byte> indices)
    {
        var packer = new BitPacker();
        for (var i = 0; i < indices.Length; i++)
        {
            if (i % 2 == 0)
            {
                packer.Write(ClearCode, CodeWidth);
            }

            packer.Write(indices[i] & 3, CodeWidth);
        }

        packer.Write(EndCode, CodeWidth);
        return packer.ToArray();
    }

    private static void WriteSubBlocks(Stream output, byte[] data)
    {
        for (var offset = 0; offset < data.Length; offset += 255)
        {
            var length = Math.Min(255, data.Length - offset);
            output.WriteByte((byte)length);
            output.Write(data, offset, length);
        }

        output.WriteByte(0);
    }

    private static void WriteUInt16(Stream output, int value)
    {
        output.WriteByte((byte)(value & 0xFF));
        output.WriteByte((byte)(value >> 8));
    }

    /// <summary>Packs codes least significant bit first, as GIF requires.</summary>
    private sealed class BitPacker
    {
        private readonly List<byte> bytes = [];
        private int current;
        private int used;

        public void Write(int code, int width)
        {
            for (var bit = 0; bit < width; bit++)
            {
                current |= ((code >> bit) & 1) << used;
                used++;
                if (used == 8)
                {
                    bytes.Add((byte)current);
                    current = 0;
                    used = 0;
                }
            }
        }

        public byte[] ToArray()
        {
            if (used > 0)
            {
                bytes.Add((byte)current);
                current = 0;
                used = 0;
            }

            return [.. bytes];
        }
    }
}
