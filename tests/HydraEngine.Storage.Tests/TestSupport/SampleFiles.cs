using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace HydraEngine.Storage.Tests.TestSupport;

/// <summary>Tiny files of each format with chosen dimensions; <c>unique</c> text makes each hash different.</summary>
internal static class SampleFiles
{
    public static byte[] Png(int width, int height, string unique, int animationFrames = 0, int delayMs = 100)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = 0;
        Chunk(output, "IHDR", header);
        if (animationFrames > 0)
        {
            var actl = new byte[8];
            BinaryPrimitives.WriteUInt32BigEndian(actl, (uint)animationFrames);
            Chunk(output, "acTL", actl);
            for (var frame = 0; frame < animationFrames; frame++)
            {
                var fctl = new byte[26];
                BinaryPrimitives.WriteUInt32BigEndian(fctl, (uint)frame);
                BinaryPrimitives.WriteUInt32BigEndian(fctl.AsSpan(4), (uint)width);
                BinaryPrimitives.WriteUInt32BigEndian(fctl.AsSpan(8), (uint)height);
                BinaryPrimitives.WriteUInt16BigEndian(fctl.AsSpan(20), (ushort)delayMs);
                BinaryPrimitives.WriteUInt16BigEndian(fctl.AsSpan(22), 1000);
                Chunk(output, "fcTL", fctl);
            }
        }

        Chunk(output, "tEXt", Encoding.ASCII.GetBytes("Comment\0" + unique));
        Chunk(output, "IDAT", Deflate(new byte[(width + 1) * height]));
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    public static byte[] Jpeg(int width, int height, string unique)
    {
        using var output = new MemoryStream();
        output.Write([0xFF, 0xD8]);
        Segment(output, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(output, 0xFE, Encoding.ASCII.GetBytes(unique));
        var frame = new byte[15];
        frame[0] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(3), (ushort)width);
        frame[5] = 3;
        Segment(output, 0xC0, frame);
        output.Write([0xFF, 0xD9]);
        return output.ToArray();
    }

    public static byte[] Gif(int width, int height, string unique, int frames = 1, int delayCentiseconds = 10)
    {
        using var output = new MemoryStream();
        output.Write("GIF89a"u8);
        Span<byte> screen = stackalloc byte[7];
        BinaryPrimitives.WriteUInt16LittleEndian(screen, (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(screen[2..], (ushort)height);
        screen[4] = 0x80;
        output.Write(screen);
        output.Write([0, 0, 0, 255, 255, 255]);
        var comment = Encoding.ASCII.GetBytes(unique);
        output.Write([0x21, 0xFE, (byte)comment.Length]);
        output.Write(comment);
        output.WriteByte(0);
        for (var frame = 0; frame < frames; frame++)
        {
            output.Write([0x21, 0xF9, 4, 0, (byte)delayCentiseconds, (byte)(delayCentiseconds >> 8), 0, 0]);
            output.Write([0x2C, 0, 0, 0, 0, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0]);
            output.Write([2, 2, 0x44, 0x01, 0]);
        }

        output.WriteByte(0x3B);
        return output.ToArray();
    }

    public static byte[] WebpLossless(int width, int height, string unique)
    {
        var bits = (uint)(width - 1) | ((uint)(height - 1) << 14);
        var payload = new byte[5];
        payload[0] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(1), bits);
        return Riff("WEBP", [("VP8L", payload), ("EXIF", Encoding.ASCII.GetBytes(unique))]);
    }

    public static byte[] WebpExtended(int width, int height, string unique)
    {
        var payload = new byte[10];
        WriteUInt24(payload.AsSpan(4), width - 1);
        WriteUInt24(payload.AsSpan(7), height - 1);
        return Riff("WEBP", [("VP8X", payload), ("EXIF", Encoding.ASCII.GetBytes(unique))]);
    }

    public static byte[] Bmp(int width, int height)
    {
        var bytes = new byte[54 + 4];
        bytes[0] = (byte)'B';
        bytes[1] = (byte)'M';
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(2), (uint)bytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(10), 54);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(22), -height);
        return bytes;
    }

    public static byte[] Mp4(int width, int height, int durationMs, string unique)
    {
        var mvhd = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(12), 1000);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(16), (uint)durationMs);
        var tkhd = new byte[84];
        BinaryPrimitives.WriteUInt32BigEndian(tkhd.AsSpan(76), (uint)width << 16);
        BinaryPrimitives.WriteUInt32BigEndian(tkhd.AsSpan(80), (uint)height << 16);
        var trak = Box("trak", Box("tkhd", tkhd));
        var moov = Box("moov", [.. Box("mvhd", mvhd), .. trak]);
        return [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isommp41"u8]), .. moov, .. Box("free", Encoding.ASCII.GetBytes(unique))];
    }

    private static byte[] Box(string type, byte[] payload)
    {
        var box = new byte[8 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type, box.AsSpan(4));
        payload.CopyTo(box, 8);
        return box;
    }

    private static byte[] Riff(string form, (string Type, byte[] Payload)[] chunks)
    {
        using var body = new MemoryStream();
        body.Write(Encoding.ASCII.GetBytes(form));
        var size = new byte[4];
        foreach (var (type, payload) in chunks)
        {
            body.Write(Encoding.ASCII.GetBytes(type));
            BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)payload.Length);
            body.Write(size);
            body.Write(payload);
            if (payload.Length % 2 == 1)
            {
                body.WriteByte(0);
            }
        }

        var content = body.ToArray();
        var result = new byte[8 + content.Length];
        Encoding.ASCII.GetBytes("RIFF", result);
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)content.Length);
        content.CopyTo(result, 8);
        return result;
    }

    private static void WriteUInt24(Span<byte> target, int value)
    {
        target[0] = (byte)value;
        target[1] = (byte)(value >> 8);
        target[2] = (byte)(value >> 16);
    }

    private static void Segment(Stream output, byte marker, byte[] payload)
    {
        output.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        output.Write(payload);
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        output.Write(length);
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
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
