using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>hydrus's suggested rules 1–5 on pairs described by their facts: which order passes, and what keeps a pair undecided.</summary>
public sealed class AutoResolutionRuleTests
{
    private static readonly DateTimeOffset Earlier = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Pixel_perfect_pairs_keeps_the_larger_file_whichever_order_the_pair_comes_in()
    {
        var (big, small) = (File("big", 5000), File("small", 4000));

        Decide("pixel-perfect-pairs", small, big).ShouldBe(new AutoResolutionDecision("pixel-perfect-pairs", big.Hash, small.Hash));
        Decide("pixel-perfect-pairs", big, small).ShouldBe(new AutoResolutionDecision("pixel-perfect-pairs", big.Hash, small.Hash));
    }

    [Fact]
    public void Pixel_perfect_pairs_of_the_same_size_keep_the_earlier_import_and_ties_stay_undecided()
    {
        var (first, second) = (File("first", 5000) with { ImportTime = Earlier }, File("second", 5000) with { ImportTime = Earlier.AddSeconds(1) });

        Decide("pixel-perfect-pairs", second, first)!.Better.ShouldBe(first.Hash);
        Decide("pixel-perfect-pairs", first, first with { Hash = Hash("twin") }).ShouldBeNull();
    }

    [Fact]
    public void Pixel_perfect_pairs_never_drops_the_only_file_with_exif_or_an_icc_profile()
    {
        var (big, small) = (File("big", 5000), File("small", 4000));

        Decide("pixel-perfect-pairs", big, small with { HasExif = true }).ShouldBeNull();
        Decide("pixel-perfect-pairs", big, small with { HasIccProfile = true }).ShouldBeNull();
        Decide("pixel-perfect-pairs", big with { HasIccProfile = true }, small with { HasIccProfile = true })!.Better.ShouldBe(big.Hash);
    }

    [Theory]
    [InlineData(FileMime.ImagePng, 0, 200, 200)]
    [InlineData(FileMime.ImageJpeg, 1, 200, 200)]
    [InlineData(FileMime.ImageJpeg, 0, 128, 200)]
    public void Pixel_perfect_pairs_needs_one_type_distance_0_and_sides_over_128(FileMime secondMime, int distance, int width, int height)
    {
        var pair = new AutoResolutionPair(File("a", 5000), File("b", 4000) with { Mime = secondMime, Width = width, Height = height }, distance, PixelDuplicates: true);

        Rule("pixel-perfect-pairs").Decide(pair).ShouldBeNull();
    }

    [Fact]
    public void Jpeg_vs_png_unless_png_smaller_leaves_a_smaller_png_alone()
    {
        var jpeg = File("jpeg", 5000);

        Decide("jpeg-vs-png-unless-png-smaller", jpeg, File("png", 9000) with { Mime = FileMime.ImagePng })!.Better.ShouldBe(jpeg.Hash);
        Decide("jpeg-vs-png-unless-png-smaller", jpeg, File("png", 3000) with { Mime = FileMime.ImagePng }).ShouldBeNull();
        Decide("jpeg-vs-png", File("png", 3000) with { Mime = FileMime.ImagePng }, jpeg)!.Better.ShouldBe(jpeg.Hash);
    }

    [Fact]
    public void Pairs_that_are_not_pixel_duplicates_are_never_decided()
    {
        var pair = new AutoResolutionPair(File("a", 5000), File("b", 4000) with { Mime = FileMime.ImagePng }, 0, PixelDuplicates: false);

        AutoResolutionRules.All.Select(rule => rule.Decide(pair)).ShouldAllBe(decision => decision == null);
    }

    private static AutoResolutionDecision? Decide(string rule, AutoResolutionFile first, AutoResolutionFile second) =>
        Rule(rule).Decide(new AutoResolutionPair(first, second, 0, PixelDuplicates: true));

    private static IAutoResolutionRule Rule(string name) => AutoResolutionRules.All.Single(rule => rule.Name == name);

    private static AutoResolutionFile File(string seed, long size) =>
        new(Hash(seed), FileMime.ImageJpeg, size, 200, 200) { ImportTime = Earlier };

    private static FileHash Hash(string seed) => FileHash.Of(System.Text.Encoding.UTF8.GetBytes(seed));
}
