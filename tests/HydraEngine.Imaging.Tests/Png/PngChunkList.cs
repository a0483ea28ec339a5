using System.Buffers.Binary;
using System.Text;
using HydraEngine.Imaging.Png;

namespace HydraEngine.Imaging.Tests.Png;

/// <summary>A chunk seen by the tests' own lenient walk over a file.</summary>
internal sealed record ListedChunk(int Offset, string Type, int Length, bool CrcValid);

/// <summary>Lists the chunks of a file without the decoder, and repairs CRCs for the fuzz test.</summary>
internal static class PngChunkList
{
    public static IReadOnlyList<ListedChunk> Read(byte[] file)
    {
        var chunks = new List<ListedChunk>();
        var offset = 8;
        while (offset + 12 <= file.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset));
            if (length > file.Length - offset - 12)
            {
                break;
            }

            var typeAndData = file.AsSpan(offset + 4, 4 + (int)length);
            var stored = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset + 8 + (int)length));
            chunks.Add(new ListedChunk(offset, Encoding.ASCII.GetString(typeAndData[..4]), (int)length, Crc32.Compute(typeAndData) == stored));
            offset += 12 + (int)length;
        }

        return chunks;
    }

    /// <summary>Rewrites the CRC of every chunk that fits in the file, so corruption reaches past the CRC check.</summary>
    public static void RepairCrcs(byte[] file)
    {
        foreach (var chunk in Read(file))
        {
            var typeAndData = file.AsSpan(chunk.Offset + 4, 4 + chunk.Length);
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(chunk.Offset + 8 + chunk.Length), Crc32.Compute(typeAndData));
        }
    }
}
