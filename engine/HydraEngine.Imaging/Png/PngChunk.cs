namespace HydraEngine.Imaging.Png;

/// <summary>One chunk as found in the file: its position, type, data and stored CRC.</summary>
internal readonly ref struct PngChunk(long offset, uint type, ReadOnlySpan<byte> typeAndData, uint storedCrc)
{
    private readonly ReadOnlySpan<byte> typeAndData = typeAndData;

    /// <summary>File offset of the chunk's length field.</summary>
    public long Offset { get; } = offset;

    public uint Type { get; } = type;

    public ReadOnlySpan<byte> Data => typeAndData[4..];

    /// <summary>File offset of the first data byte.</summary>
    public long DataOffset => Offset + 8;

    public string Name => PngChunkType.Name(Type);

    public bool IsCritical => PngChunkType.IsCritical(Type);

    public bool HasValidCrc => Crc32.Compute(typeAndData) == storedCrc;

    /// <summary>Throws <see cref="ImageDecodeErrorCodes.Crc"/> when the stored CRC does not match the contents.</summary>
    public void RequireValidCrc()
    {
        var computed = Crc32.Compute(typeAndData);
        if (computed != storedCrc)
        {
            throw new PngFormatException(
                ImageDecodeErrorCodes.Crc,
                $"{Name} chunk at byte {Offset}: CRC mismatch (stored 0x{storedCrc:X8}, computed 0x{computed:X8})",
                Offset);
        }
    }
}
