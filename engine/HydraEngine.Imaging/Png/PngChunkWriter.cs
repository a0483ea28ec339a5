using System.Buffers.Binary;

namespace HydraEngine.Imaging.Png;

/// <summary>Writes chunks (length, type, data, CRC-32 of type and data) to a stream.</summary>
internal static class PngChunkWriter
{
    public static void Write(Stream output, uint type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        Span<byte> name = stackalloc byte[4];
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        BinaryPrimitives.WriteUInt32BigEndian(name, type);
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.Append(Crc32.Compute(name), data));
        output.Write(length);
        output.Write(name);
        output.Write(data);
        output.Write(crc);
    }
}
