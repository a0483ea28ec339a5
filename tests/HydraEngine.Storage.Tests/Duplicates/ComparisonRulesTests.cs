using HydraEngine.Imaging.Jpeg;
using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>hydrus's comparison statements and their default scores, one aspect per test.</summary>
public sealed class ComparisonRulesTests
{
    private static readonly DateTimeOffset Imported = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1000, 1000, null)]
    [InlineData(1040, 1000, 0)]
    [InlineData(1100, 1000, 10)]
    [InlineData(900, 1000, -10)]
    [InlineData(2001, 1000, 20)]
    [InlineData(400, 1000, -20)]
    public void File_size_scores_higher_above_5_percent_and_much_higher_above_double(long sizeA, long sizeB, int? score)
    {
        Statement(File("a") with { Size = sizeA }, File("b") with { Size = sizeB }, "filesize")?.Score.ShouldBe(score ?? 0);
        (Statement(File("a") with { Size = sizeA }, File("b") with { Size = sizeB }, "filesize") is null).ShouldBe(score is null);
    }

    [Theory]
    [InlineData(1000, 800, 1000, 800, 0)]
    [InlineData(1001, 800, 1000, 800, 20)]
    [InlineData(1200, 900, 1000, 800, 20)]
    [InlineData(2000, 1600, 1000, 800, 50)]
    [InlineData(800, 700, 1000, 800, -20)]
    [InlineData(400, 300, 1000, 800, -50)]
    [InlineData(800, 1000, 1000, 800, 0)]
    public void Resolution_scores_by_pixel_count(int widthA, int heightA, int widthB, int heightB, int score)
    {
        Statement(File("a") with { Width = widthA, Height = heightA }, File("b") with { Width = widthB, Height = heightB }, "resolution")!.Score.ShouldBe(score);
    }

    [Fact]
    public void A_nice_ratio_beats_an_odd_one_only_when_resolutions_differ()
    {
        Statement(File("a") with { Width = 1600, Height = 900 }, File("b") with { Width = 1601, Height = 900 }, "ratio")!.Score.ShouldBe(10);
        Statement(File("a") with { Width = 1600, Height = 900 }, File("b") with { Width = 1600, Height = 900 }, "ratio").ShouldBeNull();
        Statement(File("a") with { Width = 1601, Height = 900 }, File("b") with { Width = 1603, Height = 900 }, "ratio").ShouldBeNull();
    }

    [Fact]
    public void More_tags_score_8_and_equal_counts_0()
    {
        Statement(File("a") with { TagCount = 3 }, File("b") with { TagCount = 2 }, "num_tags")!.Score.ShouldBe(8);
        Statement(File("a") with { TagCount = 0 }, File("b") with { TagCount = 2 }, "num_tags")!.Score.ShouldBe(-8);
        Statement(File("a") with { TagCount = 2 }, File("b") with { TagCount = 2 }, "num_tags")!.Score.ShouldBe(0);
    }

    [Theory]
    [InlineData(-31, 4)]
    [InlineData(31, -4)]
    [InlineData(-29, 0)]
    public void The_older_file_scores_4_only_when_a_month_apart(int daysAfterB, int score)
    {
        Statement(File("a") with { ImportTime = Imported.AddDays(daysAfterB) }, File("b"), "time_imported")!.Score.ShouldBe(score);
    }

    [Fact]
    public void A_project_file_or_archive_on_either_side_scores_minus_100_on_the_type_line()
    {
        Statement(File("a") with { Mime = FileMime.ApplicationPsd }, File("b"), "mime")!.Score.ShouldBe(-100);
        Statement(File("a"), File("b") with { Mime = FileMime.ImagePng }, "mime")!.ShouldBe(new ComparisonStatement("mime", "image/jpeg vs image/png", 0));
    }

    [Fact]
    public void A_png_pixel_copy_of_a_jpeg_scores_minus_100_and_zeroes_size_and_age()
    {
        var jpeg = File("a") with { PixelHash = [1, 2, 3], Size = 1000 };
        var png = File("b") with { Mime = FileMime.ImagePng, PixelHash = [1, 2, 3], Size = 5000, ImportTime = Imported.AddDays(100) };

        var comparison = ComparisonRules.Compare(png, jpeg, ComparisonScores.Default);

        comparison.PixelDuplicates.ShouldBeTrue();
        comparison.Statements.Single(s => s.Name == "pixel_duplicates").Score.ShouldBe(-100);
        comparison.Statements.Single(s => s.Name == "filesize").Score.ShouldBe(0);
        comparison.Statements.Single(s => s.Name == "time_imported").Score.ShouldBe(0);
        comparison.Better.ShouldBe(jpeg.Hash);
    }

    [Fact]
    public void Same_resolution_images_without_pixel_hashes_are_said_to_be_undetermined()
    {
        Statement(File("a"), File("b") with { PixelHash = [9] }, "pixel_duplicates")!.Text.ShouldContain("unknown");
    }

    [Theory]
    [InlineData(10_000L, 5_000L, 50)]
    [InlineData(10_100L, 10_000L, 1)]
    [InlineData(10_000L, 12_000L, -9)]
    public void The_longer_file_scores_by_how_much_longer(long durationA, long durationB, int score)
    {
        Statement(File("a") with { DurationMs = durationA }, File("b") with { DurationMs = durationB }, "duration")!.Score.ShouldBe(score);
    }

    [Fact]
    public void Jpeg_quality_and_subsampling_favour_the_finer_file()
    {
        var fine = File("a") with { JpegQuality = new JpegQuality(JpegSubsampling.Yuv444, 400) };
        var coarse = File("b") with { JpegQuality = new JpegQuality(JpegSubsampling.Yuv420, 1000) };

        Statement(fine, coarse, "jpeg_quality")!.Score.ShouldBe(20);
        Statement(coarse, fine, "jpeg_quality")!.Score.ShouldBe(-20);
        Statement(fine, coarse, "jpeg_subsampling")!.Score.ShouldBe(10);
        Statement(fine, fine with { Hash = FileHash.Of([7]) }, "jpeg_quality")!.Score.ShouldBe(0);
    }

    [Fact]
    public void The_total_says_which_looks_better_and_a_tie_says_neither()
    {
        var big = File("a") with { Width = 2000, Height = 1600, Size = 3000 };
        var small = File("b");

        ComparisonRules.Compare(big, small, ComparisonScores.Default).Score.ShouldBe(50 + 20);
        ComparisonRules.Compare(big, small, ComparisonScores.Default).Better.ShouldBe(big.Hash);
        ComparisonRules.Compare(small, big, ComparisonScores.Default).Better.ShouldBe(big.Hash);
        ComparisonRules.Compare(small, small with { Hash = FileHash.Of([8]) }, ComparisonScores.Default).Better.ShouldBeNull();
    }

    private static ComparisonStatement? Statement(ComparisonFile a, ComparisonFile b, string name) =>
        ComparisonRules.Compare(a, b, ComparisonScores.Default).Statements.SingleOrDefault(statement => statement.Name == name);

    private static ComparisonFile File(string seed) =>
        new(FileHash.Of(System.Text.Encoding.UTF8.GetBytes(seed)), FileMime.ImageJpeg, 1000, 1000, 800, null, 2, Imported, null, null);
}
