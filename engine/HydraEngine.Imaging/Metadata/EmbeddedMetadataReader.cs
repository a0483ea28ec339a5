using System.Buffers.Binary;
using System.Text;

namespace HydraEngine.Imaging.Metadata;

/// <summary>
/// Finds EXIF and ICC blocks by walking a file's container without decoding pixels: JPEG APP1 "Exif" / APP2
/// "ICC_PROFILE" segments before the first scan, PNG eXIf / iCCP chunks before the image data, WebP EXIF / ICCP
/// chunks. Other types (and unreadable files) report neither.
/// </summary>
public static class EmbeddedMetadataReader
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];

    public static EmbeddedMetadata Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var signature = new byte[12];
            var read = stream.ReadAtLeast(signature, signature.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            return read < 4 ? EmbeddedMetadata.None
                : signature[0] == 0xFF && signature[1] == 0xD8 ? Jpeg(stream)
                : signature.AsSpan(0, 4).SequenceEqual(PngSignature) ? Png(stream)
                : read == 12 && signature.AsSpan(0, 4).SequenceEqual("RIFF"u8) && signature.AsSpan(8, 4).SequenceEqual("WEBP"u8) ? Webp(stream)
                : EmbeddedMetadata.None;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return EmbeddedMetadata.None;
        }
    }

    private static EmbeddedMetadata Jpeg(Stream stream)
    {
        var (exif, icc) = (false, false);
        stream.Position = 2;
        var header = new byte[4];
        while (stream.ReadAtLeast(header, 4, throwOnEndOfStream: false) == 4 && header[0] == 0xFF && header[1] != 0xDA)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(2));
            if (length < 2)
            {
                break;
            }

            var payload = new byte[Math.Min(length - 2, 12)];
            stream.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false);
            exif |= header[1] == 0xE1 && payload.AsSpan().StartsWith("Exif\0\0"u8);
            icc |= header[1] == 0xE2 && payload.AsSpan().StartsWith("ICC_PROFILE\0"u8);
            stream.Seek(length - 2 - payload.Length, SeekOrigin.Current);
        }

        return new EmbeddedMetadata(exif, icc);
    }

    private static EmbeddedMetadata Png(Stream stream)
    {
        var (exif, icc) = (false, false);
        stream.Position = 8;
        var header = new byte[8];
        while (stream.ReadAtLeast(header, 8, throwOnEndOfStream: false) == 8)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = Encoding.ASCII.GetString(header, 4, 4);
            if (type is "IDAT" or "IEND" || length > int.MaxValue)
            {
                break;
            }

            exif |= type == "eXIf";
            icc |= type == "iCCP";
            stream.Seek(length + 4, SeekOrigin.Current);
        }

        return new EmbeddedMetadata(exif, icc);
    }

    private static EmbeddedMetadata Webp(Stream stream)
    {
        var (exif, icc) = (false, false);
        stream.Position = 12;
        var header = new byte[8];
        while (stream.ReadAtLeast(header, 8, throwOnEndOfStream: false) == 8)
        {
            var type = Encoding.ASCII.GetString(header, 0, 4);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
            exif |= type == "EXIF";
            icc |= type == "ICCP";
            stream.Seek(length + (length & 1), SeekOrigin.Current);
        }

        return new EmbeddedMetadata(exif, icc);
    }
}
