using System.Numerics;
using HydraEngine.Imaging.Decoding;

namespace HydraEngine.Imaging.Perceptual;

/// <summary>
/// hydrus's 64-bit shape perceptual hash: (RGBA: shrink to at most 256×256 and composite on white) grey, INTER_AREA
/// to 32×32, DCT, 8×8 block, each coefficient strictly above the median of the 63 AC values gives a 1 bit,
/// row-major with the most significant bit first.
/// </summary>
public static class ShapePerceptualHash
{
    /// <summary>The only-DC hash every flat image is close to.</summary>
    public const ulong Blank = 0x8000000000000000UL;

    /// <summary>hydrus keeps a hash only when it is more than this far from <see cref="Blank"/>.</summary>
    public const int BlankDistance = 4;

    private const int AlphaPreShrink = 256;

    /// <summary>The raw hash, before the blank filter.</summary>
    public static ulong Compute(HydrusPixels pixels) => FromTiny(Tiny32(pixels));

    /// <summary>True when hydrus discards the hash as blank (flat colours, 1-D ramps, tiny images).</summary>
    public static bool IsBlank(ulong hash) => BitOperations.PopCount(hash ^ Blank) <= BlankDistance;

    internal static GreyPlane Tiny32(HydrusPixels pixels)
    {
        var grey = pixels.HasAlpha ? CompositeOnWhite(pixels) : new GreyPlane(pixels.Width, pixels.Height, OpenCvGrey.Plane(pixels.Samples, pixels.Width * pixels.Height, 3));
        return AreaResize.Resize(grey, DctBlock.Size, DctBlock.Size);
    }

    internal static ulong FromTiny(GreyPlane tiny)
    {
        var block = DctBlock.Compute(tiny);
        var ac = new double[63];
        for (var index = 1; index < 64; index++)
        {
            ac[index - 1] = block[index / 8, index % 8];
        }

        Array.Sort(ac);
        var median = ac[31];
        var hash = 0UL;
        for (var index = 0; index < 64; index++)
        {
            hash = (hash << 1) | (block[index / 8, index % 8] > median ? 1UL : 0UL);
        }

        return hash;
    }

    private static GreyPlane CompositeOnWhite(HydrusPixels pixels)
    {
        var width = Math.Min(AlphaPreShrink, pixels.Width);
        var height = Math.Min(AlphaPreShrink, pixels.Height);
        var count = pixels.Width * pixels.Height;
        var small = new GreyPlane[4];
        for (var channel = 0; channel < 4; channel++)
        {
            var plane = new byte[count];
            for (var pixel = 0; pixel < count; pixel++)
            {
                plane[pixel] = pixels.Samples[pixel * 4 + channel];
            }

            small[channel] = AreaResize.Resize(new GreyPlane(pixels.Width, pixels.Height, plane), width, height);
        }

        var composite = new byte[width * height];
        for (var pixel = 0; pixel < composite.Length; pixel++)
        {
            double grey = OpenCvGrey.Of(small[0].Samples[pixel], small[1].Samples[pixel], small[2].Samples[pixel]);
            double alpha = small[3].Samples[pixel];
            composite[pixel] = (byte)(grey * (alpha / 255.0) + (255.0 - alpha));
        }

        return new GreyPlane(width, height, composite);
    }
}
