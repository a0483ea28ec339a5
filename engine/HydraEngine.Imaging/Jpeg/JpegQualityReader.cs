namespace HydraEngine.Imaging.Jpeg;

/// <summary>
/// Reads a JPEG's quantisation tables (DQT) and frame header (SOF) without decoding it, for hydrus's
/// <see cref="JpegQuality"/> estimate. Stops at the first scan; a file that is not a readable JPEG gives null.
/// </summary>
public static class JpegQualityReader
{
    /// <summary>Reads the header segments of a file up to its first scan, skipping other segments' payloads.</summary>
    public static JpegQuality? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(HeaderSegments(stream));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>SOI, then each segment up to SOS as marker + length, with the payload kept only for DQT and SOF.</summary>
    private static byte[] HeaderSegments(Stream stream)
    {
        var kept = new MemoryStream();
        var marker = new byte[4];
        if (stream.ReadAtLeast(marker.AsSpan(0, 2), 2, throwOnEndOfStream: false) < 2 || marker[0] != 0xFF || marker[1] != 0xD8)
        {
            return [];
        }

        kept.Write(marker, 0, 2);
        while (stream.ReadAtLeast(marker, 4, throwOnEndOfStream: false) == 4 && marker[0] == 0xFF)
        {
            var length = marker[2] << 8 | marker[3];
            var keep = marker[1] == 0xDB || IsFrameHeader(marker[1]);
            kept.Write(keep ? marker : [marker[0], marker[1], 0, 2]);
            if (marker[1] == 0xDA || length < 2)
            {
                break;
            }

            if (!keep)
            {
                stream.Seek(length - 2, SeekOrigin.Current);
                continue;
            }

            var payload = new byte[length - 2];
            if (stream.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false) < payload.Length)
            {
                break;
            }

            kept.Write(payload);
        }

        return kept.ToArray();
    }

    public static JpegQuality? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return null;
        }

        var tableSums = new Dictionary<int, long>();
        JpegSubsampling? subsampling = null;
        var position = 2;
        while (position + 4 <= bytes.Length && bytes[position] == 0xFF)
        {
            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            var length = bytes[position + 2] << 8 | bytes[position + 3];
            if (length < 2 || position + 2 + length > bytes.Length)
            {
                return null;
            }

            var segment = bytes.Slice(position + 4, length - 2);
            if (marker == 0xDB && !ReadTables(segment, tableSums))
            {
                return null;
            }

            if (IsFrameHeader(marker))
            {
                subsampling = SubsamplingOf(segment);
            }

            if (marker == 0xDA)
            {
                break;
            }

            position += 2 + length;
        }

        if (subsampling is not { } found)
        {
            return null;
        }

        double? estimate = tableSums.Count == 0 ? null : Math.Pow(tableSums.Values.Average(), 1 / JpegSubsamplings.QualityFactor(found));
        return new JpegQuality(found, estimate);
    }

    /// <summary>A DQT segment holds one or more tables: a byte (precision &lt;&lt; 4 | id) then 64 divisors of 8 or 16 bits.</summary>
    private static bool ReadTables(ReadOnlySpan<byte> segment, Dictionary<int, long> sums)
    {
        var offset = 0;
        while (offset < segment.Length)
        {
            var wide = segment[offset] >> 4 != 0;
            var id = segment[offset] & 0x0F;
            var size = wide ? 128 : 64;
            if (offset + 1 + size > segment.Length)
            {
                return false;
            }

            long sum = 0;
            for (var index = 0; index < 64; index++)
            {
                sum += wide ? segment[offset + 1 + 2 * index] << 8 | segment[offset + 2 + 2 * index] : segment[offset + 1 + index];
            }

            sums[id] = sum;
            offset += 1 + size;
        }

        return true;
    }

    private static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    /// <summary>One component is greyscale; three are classified by their (h, v) sampling factors as PIL does; anything else is unknown.</summary>
    private static JpegSubsampling SubsamplingOf(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 6)
        {
            return JpegSubsampling.Unknown;
        }

        var components = frame[5];
        if (components == 1)
        {
            return JpegSubsampling.Greyscale;
        }

        if (components != 3 || frame.Length < 6 + 3 * 3)
        {
            return JpegSubsampling.Unknown;
        }

        var factors = (frame[7], frame[10], frame[13]);
        return factors switch
        {
            (0x11, 0x11, 0x11) => JpegSubsampling.Yuv444,
            (0x21, 0x11, 0x11) => JpegSubsampling.Yuv422,
            (0x22, 0x11, 0x11) => JpegSubsampling.Yuv420,
            _ => JpegSubsampling.Unknown,
        };
    }
}
