using HydraEngine.Imaging.Perceptual;
using HydraEngine.Testing;

namespace HydraEngine.Imaging.Tests.Perceptual;

public sealed class PhashVectorTests
{
    /// <summary>
    /// Measured exceptions, colour-profile conversion only: hydrus converts a PNG with gAMA+cHRM (and no sRGB chunk)
    /// to sRGB through a synthesised ICC profile and LittleCMS; we decode the stored samples unconverted, so the
    /// pixel hash differs and the phash lands this many bits away (it equals the unconverted a01's).
    /// </summary>
    private static readonly Dictionary<string, int> ColourProfileExceptions = new() { ["a24_gama_chrm.png"] = 4 };

    public static TheoryData<string> Files => PhashVectors.Files();

    [PhashVectorTheory]
    [MemberData(nameof(Files))]
    public void Every_vector_gives_hydrus_size_pixel_hash_and_phashes(string file)
    {
        var row = PhashVectors.Row(file);
        var (hashes, error) = ImageHasher.Default.Hash(File.ReadAllBytes(PhashVectors.PathOf(file)));

        error.ShouldBeNull();
        if (ColourProfileExceptions.TryGetValue(file, out var measuredDistance))
        {
            (hashes!.Width, hashes.Height).ShouldBe((row.Width, row.Height));
            System.Numerics.BitOperations.PopCount(hashes.RawPerceptualHash ^ Convert.ToUInt64(row.RawPhash, 16)).ShouldBe(measuredDistance);
            return;
        }

        var actual = new { hashes!.Width, hashes.Height, Raw = ImageHashes.ToHex(hashes.RawPerceptualHash), Stored = hashes.PerceptualHashes.Select(ImageHashes.ToHex).ToList(), Pixel = hashes.PixelHashHex };
        var expected = new { row.Width, row.Height, Raw = row.RawPhash, Stored = row.Phashes.ToList(), Pixel = row.PixelHash };
        actual.ShouldBeEquivalentTo(expected);
    }
}
