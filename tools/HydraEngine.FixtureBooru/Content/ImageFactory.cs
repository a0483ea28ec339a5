using System.IO.Compression;
using HydraEngine.Imaging;

namespace HydraEngine.FixtureBooru.Content;

/// <summary>
/// Makes small real images whose bytes are unique per <c>uniqueNumber</c> (the number is written into the first
/// pixels) and otherwise follow the seeded random source.
/// </summary>
internal static class ImageFactory
{
    private static readonly PngEncodeOptions Fast = new(CompressionLevel.Fastest);

    public static FixtureFile Png(Random random, int uniqueNumber)
    {
        var width = 24 + random.Next(40);
        var height = 24 + random.Next(40);
        var rgb = new byte[width * height * 3];
        var (red, green, blue) = (random.Next(256), random.Next(256), random.Next(256));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var offset = ((y * width) + x) * 3;
                rgb[offset] = (byte)(red + (x * 4) + random.Next(24));
                rgb[offset + 1] = (byte)(green + (y * 4) + random.Next(24));
                rgb[offset + 2] = (byte)(blue + ((x + y) * 2) + random.Next(24));
            }
        }

        BitConverter.GetBytes(uniqueNumber).CopyTo(rgb, 0);
        return new FixtureFile(PngCodec.EncodeRgb8(width, height, rgb, Fast), "png");
    }

    public static FixtureFile Gif(Random random, int uniqueNumber)
    {
        var width = 16 + random.Next(24);
        var height = 16 + random.Next(24);
        var palette = new byte[12];
        random.NextBytes(palette);
        var indices = new byte[width * height];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = (byte)random.Next(4);
        }

        for (var digit = 0; digit < 16; digit++)
        {
            indices[digit] = (byte)((uniqueNumber >> (digit * 2)) & 3);
        }

        return new FixtureFile(GifEncoder.Encode(width, height, palette, indices), "gif");
    }
}
