using System.Buffers.Binary;
using System.Text;

namespace HydraEngine.Storage.Files.Headers;

/// <summary>Small big/little-endian reads over a seekable stream, for the header parsers.</summary>
internal sealed class HeaderStream
{
    private readonly Stream stream;
    private readonly byte[] buffer = new byte[64];

    public HeaderStream(Stream stream)
    {
        this.stream = stream;
    }

    public long Position
    {
        get => stream.Position;
        set => stream.Position = value;
    }

    public long Length => stream.Length;

    public long Remaining => stream.Length - stream.Position;

    public ReadOnlySpan<byte> Read(int count)
    {
        if (count > buffer.Length || count > Remaining)
        {
            throw new EndOfStreamException();
        }

        stream.ReadExactly(buffer, 0, count);
        return buffer.AsSpan(0, count);
    }

    public int ReadByte() => stream.ReadByte() is var value and >= 0 ? value : throw new EndOfStreamException();

    public ushort ReadUInt16BigEndian() => BinaryPrimitives.ReadUInt16BigEndian(Read(2));

    public ushort ReadUInt16LittleEndian() => BinaryPrimitives.ReadUInt16LittleEndian(Read(2));

    public uint ReadUInt32BigEndian() => BinaryPrimitives.ReadUInt32BigEndian(Read(4));

    public uint ReadUInt32LittleEndian() => BinaryPrimitives.ReadUInt32LittleEndian(Read(4));

    public ulong ReadUInt64BigEndian() => BinaryPrimitives.ReadUInt64BigEndian(Read(8));

    public int ReadUInt24LittleEndian()
    {
        var bytes = Read(3);
        return bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);
    }

    public string ReadAscii(int count) => Encoding.Latin1.GetString(Read(count));

    public void Skip(long count)
    {
        if (count < 0 || count > Remaining)
        {
            throw new EndOfStreamException();
        }

        stream.Position += count;
    }
}
