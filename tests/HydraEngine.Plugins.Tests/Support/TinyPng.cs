using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace HydraEngine.Plugins.Tests.Support;

/// <summary>A valid 1×1 greyscale PNG; <c>unique</c> text (in a tEXt chunk) gives each one its own hash.</summary>
internal static class TinyPng
{
    public static string Write(string folder, string unique)
    {
        var path = Path.Combine(folder, unique + ".png");
        File.WriteAllBytes(path, Create(unique));
        return path;
    }

    private static byte[] Create(string unique)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 1);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 1);
        header[8] = 8;
        Chunk(output, "IHDR", header);
        Chunk(output, "tEXt", Encoding.ASCII.GetBytes("Comment\0" + unique));
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write([0, 0]);
        }

        Chunk(output, "IDAT", pixels.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
