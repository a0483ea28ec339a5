using System.Buffers;
using System.IO.Compression;

namespace HydraEngine.Imaging.Png;

/// <summary>
/// Inflates the IDAT zlib stream and hands out filtered scanlines. It never inflates more than the
/// header allows (plus one probe byte), so a decompression bomb is refused after at most that much work.
/// </summary>
internal sealed class ScanlineReader : IDisposable
{
    private const int PreferredBufferBytes = 64 * 1024;

    private readonly byte[] compressed;
    private readonly ZLibStream inflater;
    private readonly byte[] buffer;
    private readonly long expectedBytes;
    private readonly long reportOffset;
    private long inflatedBytes;
    private int start;
    private int end;

    /// <param name="compressed">A pooled buffer holding the concatenated IDAT payloads; this reader returns it to the pool.</param>
    /// <param name="compressedLength">Bytes of <paramref name="compressed"/> in use.</param>
    /// <param name="expectedBytes">Exact size of the filtered scanlines, filter-type bytes included.</param>
    /// <param name="longestRow">The longest scanline including its filter-type byte.</param>
    /// <param name="reportOffset">File offset named in error reports (the first IDAT chunk).</param>
    public ScanlineReader(byte[] compressed, int compressedLength, long expectedBytes, int longestRow, long reportOffset)
    {
        this.compressed = compressed;
        this.expectedBytes = expectedBytes;
        this.reportOffset = reportOffset;
        inflater = new ZLibStream(new MemoryStream(compressed, 0, compressedLength, writable: false), CompressionMode.Decompress);
        var size = (int)Math.Min(expectedBytes, Math.Max(longestRow, PreferredBufferBytes));
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, longestRow));
    }

    /// <summary>The next <paramref name="length"/> inflated bytes; valid until the next call.</summary>
    public ReadOnlySpan<byte> ReadRow(int length)
    {
        if (end - start < length)
        {
            Refill(length);
        }

        var row = buffer.AsSpan(start, length);
        start += length;
        return row;
    }

    /// <summary>Checks that the zlib stream holds no data beyond the expected size and that its checksum is valid.</summary>
    public void RequireEnd()
    {
        Span<byte> probe = stackalloc byte[1];
        if (Inflate(probe) > 0)
        {
            throw new PngFormatException(
                ImageDecodeErrorCodes.TooLarge,
                $"IDAT data starting at byte {reportOffset} inflates to more than the {expectedBytes} bytes the IHDR allows",
                reportOffset);
        }
    }

    public void Dispose()
    {
        inflater.Dispose();
        ArrayPool<byte>.Shared.Return(buffer);
        ArrayPool<byte>.Shared.Return(compressed);
    }

    private void Refill(int needed)
    {
        var leftover = end - start;
        buffer.AsSpan(start, leftover).CopyTo(buffer);
        start = 0;
        end = leftover;
        var room = (int)Math.Min(buffer.Length - end, expectedBytes - inflatedBytes);
        while (end < needed)
        {
            var read = Inflate(buffer.AsSpan(end, room));
            if (read == 0)
            {
                throw new PngFormatException(
                    ImageDecodeErrorCodes.Zlib,
                    $"IDAT data starting at byte {reportOffset} ends after inflating {inflatedBytes} of the {expectedBytes} bytes the IHDR requires",
                    reportOffset);
            }

            end += read;
            room -= read;
            inflatedBytes += read;
        }
    }

    private int Inflate(Span<byte> target)
    {
        try
        {
            return inflater.Read(target);
        }
        catch (InvalidDataException exception)
        {
            throw new PngFormatException(
                ImageDecodeErrorCodes.Zlib,
                $"IDAT data starting at byte {reportOffset} is not a valid zlib stream ({exception.Message}); {inflatedBytes} bytes inflated before the failure",
                reportOffset);
        }
    }
}
