using System.Text;

namespace HydraEngine.Imaging.Png;

/// <summary>Chunk type names as the big-endian 32-bit numbers stored in the file.</summary>
internal static class PngChunkType
{
    public const uint Header = 0x49484452;       // IHDR
    public const uint Palette = 0x504C5445;      // PLTE
    public const uint ImageData = 0x49444154;    // IDAT
    public const uint End = 0x49454E44;          // IEND
    public const uint Transparency = 0x74524E53; // tRNS

    private const uint AncillaryBit = 0x20000000;

    /// <summary>A chunk is critical when the first letter of its name is upper case.</summary>
    public static bool IsCritical(uint type) => (type & AncillaryBit) == 0;

    /// <summary>Chunk names consist of four ASCII letters.</summary>
    public static bool IsWellFormed(uint type)
    {
        for (var shift = 0; shift < 32; shift += 8)
        {
            var letter = (char)((type >> shift) & 0xFF);
            if (!char.IsAsciiLetter(letter))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The printable name, with non-letters shown as \xNN.</summary>
    public static string Name(uint type)
    {
        var builder = new StringBuilder(4);
        for (var shift = 24; shift >= 0; shift -= 8)
        {
            var value = (byte)(type >> shift);
            if (char.IsAsciiLetter((char)value))
            {
                builder.Append((char)value);
            }
            else
            {
                builder.Append($"\\x{value:X2}");
            }
        }

        return builder.ToString();
    }
}
