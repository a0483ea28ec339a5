using System.Buffers.Binary;

namespace HydraEngine.Imaging.Png;

/// <summary>Walks the chunks of a PNG file after checking its signature, reporting truncation precisely.</summary>
internal ref struct PngChunkReader
{
    private const int LengthAndTypeBytes = 8;
    private const int CrcBytes = 4;

    private readonly ReadOnlySpan<byte> file;
    private int position;

    public PngChunkReader(ReadOnlySpan<byte> file)
    {
        this.file = file;
        RequireSignature(file);
        position = PngSignature.Bytes.Length;
    }

    /// <summary>Reads the next chunk; throws when the file ends or the chunk is malformed.</summary>
    public PngChunk Next()
    {
        var offset = position;
        var remaining = file.Length - offset;
        if (remaining == 0)
        {
            throw Truncated(offset, $"file ends at byte {offset} before the IEND chunk");
        }

        if (remaining < LengthAndTypeBytes)
        {
            throw Truncated(offset, $"file ends at byte {file.Length} inside the chunk header at byte {offset}");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(file[offset..]);
        var type = BinaryPrimitives.ReadUInt32BigEndian(file[(offset + 4)..]);
        if (!PngChunkType.IsWellFormed(type))
        {
            throw Malformed(offset, $"chunk at byte {offset} has an invalid type name '{PngChunkType.Name(type)}'");
        }

        if (length > int.MaxValue)
        {
            throw Malformed(offset, $"{PngChunkType.Name(type)} chunk at byte {offset} declares {length} data bytes (over 2^31-1)");
        }

        var chunkBytes = LengthAndTypeBytes + (long)length + CrcBytes;
        if (chunkBytes > remaining)
        {
            throw Truncated(
                offset,
                $"{PngChunkType.Name(type)} chunk at byte {offset} declares {length} data bytes but the file ends at byte {file.Length}");
        }

        var typeAndData = file.Slice(offset + 4, 4 + (int)length);
        var storedCrc = BinaryPrimitives.ReadUInt32BigEndian(file[(offset + LengthAndTypeBytes + (int)length)..]);
        position = offset + (int)chunkBytes;
        return new PngChunk(offset, type, typeAndData, storedCrc);
    }

    private static void RequireSignature(ReadOnlySpan<byte> file)
    {
        var signature = PngSignature.Bytes;
        if (file.IsEmpty)
        {
            throw new PngFormatException(ImageDecodeErrorCodes.Signature, "the file is empty, not a PNG", 0);
        }

        var present = Math.Min(file.Length, signature.Length);
        if (!file[..present].SequenceEqual(signature[..present]))
        {
            throw new PngFormatException(
                ImageDecodeErrorCodes.Signature,
                $"bytes 0..{present - 1} ({Convert.ToHexString(file[..present])}) are not the PNG signature",
                0);
        }

        if (present < signature.Length)
        {
            throw Truncated(0, $"file ends at byte {file.Length} inside the PNG signature");
        }
    }

    private static PngFormatException Truncated(long offset, string message) =>
        new(ImageDecodeErrorCodes.Truncated, message, offset);

    private static PngFormatException Malformed(long offset, string message) =>
        new(ImageDecodeErrorCodes.Chunk, message, offset);
}
