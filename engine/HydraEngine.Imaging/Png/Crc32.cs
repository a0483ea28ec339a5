using System.Buffers.Binary;

namespace HydraEngine.Imaging.Png;

/// <summary>The CRC-32 of ISO 3309 / zlib / PNG (reflected polynomial 0xEDB88320), sliced by eight.</summary>
internal static class Crc32
{
    private const uint ReflectedPolynomial = 0xEDB88320;
    private const int Slices = 8;

    private static readonly uint[] Table = BuildTable();

    /// <summary>The CRC-32 of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => Append(0, data);

    /// <summary>The CRC-32 of the data whose CRC is <paramref name="crc"/> followed by <paramref name="data"/>.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var table = Table.AsSpan();
        var state = ~crc;
        while (data.Length >= Slices)
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ state;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            state = table[(7 * 256) + (int)(low & 0xFF)]
                ^ table[(6 * 256) + (int)((low >> 8) & 0xFF)]
                ^ table[(5 * 256) + (int)((low >> 16) & 0xFF)]
                ^ table[(4 * 256) + (int)(low >> 24)]
                ^ table[(3 * 256) + (int)(high & 0xFF)]
                ^ table[(2 * 256) + (int)((high >> 8) & 0xFF)]
                ^ table[256 + (int)((high >> 16) & 0xFF)]
                ^ table[(int)(high >> 24)];
            data = data[Slices..];
        }

        foreach (var value in data)
        {
            state = table[(int)((state ^ value) & 0xFF)] ^ (state >> 8);
        }

        return ~state;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[Slices * 256];
        for (uint n = 0; n < 256; n++)
        {
            var value = n;
            for (var bit = 0; bit < 8; bit++)
            {
                value = (value & 1) != 0 ? ReflectedPolynomial ^ (value >> 1) : value >> 1;
            }

            table[n] = value;
        }

        for (var slice = 1; slice < Slices; slice++)
        {
            for (var n = 0; n < 256; n++)
            {
                var previous = table[((slice - 1) * 256) + n];
                table[(slice * 256) + n] = (previous >> 8) ^ table[(int)(previous & 0xFF)];
            }
        }

        return table;
    }
}
