using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using HydraEngine.Imaging.Png;

namespace HydraEngine.Imaging.Tests.Png;

/// <summary>Builds PNG files chunk by chunk, for cases the encoder never writes (and broken files).</summary>
internal sealed class PngFileBuilder
{
    private readonly MemoryStream output = new();

    public PngFileBuilder(bool withSignature = true)
    {
        if (withSignature)
        {
            output.Write(PngSignature.Bytes);
        }
    }

    public PngFileBuilder Chunk(string type, params byte[] data) =>
        ChunkWithCrc(type, data, Crc32.Compute([.. Encoding.ASCII.GetBytes(type), .. data]));

    public PngFileBuilder ChunkWithCrc(string type, byte[] data, uint crc)
    {
        Span<byte> field = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(field, (uint)data.Length);
        output.Write(field);
        output.Write(Encoding.ASCII.GetBytes(type));
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(field, crc);
        output.Write(field);
        return this;
    }

    public PngFileBuilder Header(uint width, uint height, byte bitDepth, PngColourType colourType, byte interlace = 0)
    {
        var data = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(data, width);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), height);
        data[8] = bitDepth;
        data[9] = (byte)colourType;
        data[12] = interlace;
        return Chunk("IHDR", data);
    }

    /// <summary>Compresses <paramref name="filteredScanlines"/> and writes it as <paramref name="parts"/> IDAT chunks.</summary>
    public PngFileBuilder ImageData(byte[] filteredScanlines, int parts = 1)
    {
        var compressed = Zlib(filteredScanlines);
        var partLength = (compressed.Length + parts - 1) / parts;
        for (var start = 0; start < compressed.Length; start += partLength)
        {
            Chunk("IDAT", compressed[start..Math.Min(compressed.Length, start + partLength)]);
        }

        return this;
    }

    public PngFileBuilder End() => Chunk("IEND");

    public PngFileBuilder Raw(params byte[] bytes)
    {
        output.Write(bytes);
        return this;
    }

    public byte[] Build() => output.ToArray();

    public static byte[] Zlib(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var compressed = new MemoryStream();
        using (var deflater = new ZLibStream(compressed, level))
        {
            deflater.Write(data);
        }

        return compressed.ToArray();
    }

    /// <summary>A valid 8-bit greyscale file with the given rows (each row preceded by filter type None).</summary>
    public static byte[] Greyscale8(int width, params byte[][] rows)
    {
        var scanlines = rows.SelectMany(row => new byte[] { 0 }.Concat(row)).ToArray();
        return new PngFileBuilder()
            .Header((uint)width, (uint)rows.Length, 8, PngColourType.Greyscale)
            .ImageData(scanlines)
            .End()
            .Build();
    }
}
