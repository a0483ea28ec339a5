using HydraEngine.Imaging.Png;

namespace HydraEngine.Imaging.Tests.Png;

public sealed class PngFuzzTests
{
    private const int Iterations = 2_000;

    private static readonly ImageDecodeLimits SmallLimits = new(MaxPixels: 1_000_000, MaxDecodedBytes: 8_000_000);

    public static TheoryData<int> SeedFiles() => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Random_bit_flips_and_truncations_return_an_image_or_an_error_and_never_throw(int seedFile)
    {
        var original = SeedFile(seedFile);
        var random = new Random(1000 + seedFile);

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var (mutated, description) = Mutate(original, random);
            ImageDecodeResult result;
            try
            {
                result = PngCodec.Default.Decode(mutated, SmallLimits);
            }
            catch (Exception exception)
            {
                Assert.Fail($"iteration {iteration} ({description}) threw {exception}");
                return;
            }

            (result.Image is null).ShouldNotBe(result.Error is null, $"iteration {iteration} ({description})");
        }
    }

    private static byte[] SeedFile(int index)
    {
        var (header, palette, filter) = index switch
        {
            0 => (new PngHeader(64, 12, 8, PngColourType.Greyscale, false), (PngPalette?)null, (PngFilterType?)null),
            1 => (new PngHeader(19, 9, 4, PngColourType.Indexed, true), PngTestImages.Palette(16, withTransparency: true), PngFilterType.Paeth),
            2 => (new PngHeader(11, 10, 16, PngColourType.TruecolourAlpha, true), null, null),
            _ => (new PngHeader(21, 13, 2, PngColourType.Greyscale, true), null, PngFilterType.Average),
        };
        var packed = PngTestImages.PackedRows(header, index, palette);
        return PngEncoder.Encode(header, packed, palette, new PngEncodeOptions(Interlace: header.Interlaced), filter);
    }

    private static (byte[] File, string Description) Mutate(byte[] original, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                var length = random.Next(original.Length);
                return (original[..length], $"truncated to {length} bytes");
            case 1:
                return FlipBits(original, random, repairCrcs: false);
            case 2:
                return FlipBits(original, random, repairCrcs: true);
            default:
                var file = original.ToArray();
                var offset = random.Next(file.Length);
                var value = (byte)random.Next(256);
                file[offset] = value;
                PngChunkList.RepairCrcs(file);
                return (file, $"byte {offset} set to 0x{value:X2}, CRCs repaired");
        }
    }

    private static (byte[] File, string Description) FlipBits(byte[] original, Random random, bool repairCrcs)
    {
        var file = original.ToArray();
        var flips = new List<string>();
        for (var count = random.Next(1, 9); count > 0; count--)
        {
            var bit = random.Next(file.Length * 8);
            file[bit / 8] ^= (byte)(1 << (bit % 8));
            flips.Add(bit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (repairCrcs)
        {
            PngChunkList.RepairCrcs(file);
        }

        return (file, $"bits {string.Join(',', flips)} flipped{(repairCrcs ? ", CRCs repaired" : string.Empty)}");
    }
}
