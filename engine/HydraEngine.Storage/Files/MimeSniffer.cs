using System.Text;

namespace HydraEngine.Storage.Files;

/// <summary>Identifies a file's type from its first bytes (magic numbers), as hydrus does.</summary>
internal static class MimeSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> wants.</summary>
    public const int HeaderLength = 64;

    /// <summary>The type, or null when the bytes match nothing the store accepts.</summary>
    public static FileMime? Sniff(ReadOnlySpan<byte> head)
    {
        if (Starts(head, [0xFF, 0xD8, 0xFF]))
        {
            return FileMime.ImageJpeg;
        }

        if (Starts(head, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileMime.ImagePng;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return FileMime.ImageGif;
        }

        if (head.StartsWith("RIFF"u8) && head.Length >= 12)
        {
            return Ascii(head, 8, 4) switch
            {
                "WEBP" => FileMime.ImageWebp,
                "WAVE" => FileMime.AudioWave,
                "AVI " => FileMime.VideoAvi,
                _ => null,
            };
        }

        if (head.StartsWith("BM"u8) && head.Length >= 26)
        {
            return FileMime.ImageBmp;
        }

        if (head.Length >= 12 && Ascii(head, 4, 4) == "ftyp")
        {
            return Ascii(head, 8, 4) switch
            {
                "qt  " => FileMime.VideoMov,
                "avif" or "avis" => FileMime.ImageAvif,
                "heic" or "heix" or "heim" or "heis" or "mif1" or "msf1" => FileMime.ImageHeic,
                "M4A " or "M4B " => FileMime.AudioM4a,
                _ => FileMime.VideoMp4,
            };
        }

        if (Starts(head, [0x1A, 0x45, 0xDF, 0xA3]))
        {
            return head.IndexOf("webm"u8) >= 0 ? FileMime.VideoWebm : FileMime.VideoMkv;
        }

        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8))
        {
            return FileMime.ApplicationZip;
        }

        if (head.StartsWith("Rar!\x1A\x07"u8))
        {
            return FileMime.ApplicationRar;
        }

        if (Starts(head, [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C]))
        {
            return FileMime.Application7z;
        }

        if (head.StartsWith("%PDF"u8))
        {
            return FileMime.ApplicationPdf;
        }

        if (head.StartsWith("8BPS"u8))
        {
            return FileMime.ApplicationPsd;
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return FileMime.ImageTiff;
        }

        if (Starts(head, [0x00, 0x00, 0x01, 0x00]) && head.Length >= 6 && head[4] + head[5] > 0)
        {
            return FileMime.ImageIcon;
        }

        if (head.StartsWith("fLaC"u8))
        {
            return FileMime.AudioFlac;
        }

        if (head.StartsWith("OggS"u8))
        {
            return FileMime.AudioOgg;
        }

        if (head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE6) == 0xE2))
        {
            return FileMime.AudioMp3;
        }

        return null;
    }

    private static bool Starts(ReadOnlySpan<byte> head, ReadOnlySpan<byte> magic) => head.StartsWith(magic);

    private static string Ascii(ReadOnlySpan<byte> bytes, int start, int length) =>
        Encoding.Latin1.GetString(bytes.Slice(start, length));
}
