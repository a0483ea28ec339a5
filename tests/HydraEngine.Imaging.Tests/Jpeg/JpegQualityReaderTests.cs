using HydraEngine.Imaging.Jpeg;
using HydraEngine.Testing;

namespace HydraEngine.Imaging.Tests.Jpeg;

/// <summary>
/// hydrus's JPEG quality estimate on the phash vectors: the expected sums and subsamplings were measured with PIL
/// (the library hydrus reads them with): mean table sum, then ^(1 / subsampling factor).
/// </summary>
public sealed class JpegQualityReaderTests
{
    [PhashVectorTheory]
    [InlineData("a02_q95.jpg", JpegSubsampling.Yuv420, 463.5, "medium low")]
    [InlineData("a03_q50.jpg", JpegSubsampling.Yuv420, 4596.5, "very low")]
    [InlineData("a25_cmyk.jpg", JpegSubsampling.Unknown, 369.0, "low")]
    [InlineData("d02_q90.jpg", JpegSubsampling.Yuv420, 923.0, "very low")]
    public void A_vector_gives_PIL_s_tables_and_subsampling(string file, JpegSubsampling subsampling, double meanTableSum, string label)
    {
        var quality = JpegQualityReader.Read(PhashVectors.PathOf(file)).ShouldNotBeNull();

        quality.Subsampling.ShouldBe(subsampling);
        quality.Estimate!.Value.ShouldBe(Math.Pow(meanTableSum, 1 / JpegSubsamplings.QualityFactor(subsampling)), 1e-6);
        quality.Label.ShouldBe(label);
    }

    [Fact]
    public void A_greyscale_jpeg_with_one_table_uses_the_greyscale_factor()
    {
        var quality = JpegQualityReader.Read(MinimalJpeg(components: [(1, 0x11)], divisor: 2)).ShouldNotBeNull();

        quality.Subsampling.ShouldBe(JpegSubsampling.Greyscale);
        quality.Estimate!.Value.ShouldBe(Math.Pow(128, 1 / 0.967), 1e-9);
        quality.Label.ShouldBe("extremely high");
    }

    [Fact]
    public void Four_two_two_is_read_from_the_first_component_s_factors()
    {
        JpegQualityReader.Read(MinimalJpeg(components: [(1, 0x21), (2, 0x11), (3, 0x11)], divisor: 1))!.Subsampling.ShouldBe(JpegSubsampling.Yuv422);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43, 0x00, 0x01 })]
    public void Something_that_is_not_a_whole_jpeg_header_gives_null(byte[] bytes)
    {
        JpegQualityReader.Read(bytes).ShouldBeNull();
    }

    private static byte[] MinimalJpeg((byte Id, byte Factors)[] components, byte divisor)
    {
        var bytes = new List<byte> { 0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43, 0x00 };
        bytes.AddRange(Enumerable.Repeat(divisor, 64));
        var frameLength = 8 + 3 * components.Length;
        bytes.AddRange([0xFF, 0xC0, 0x00, (byte)frameLength, 8, 0, 16, 0, 16, (byte)components.Length]);
        foreach (var (id, factors) in components)
        {
            bytes.AddRange([id, factors, 0]);
        }

        bytes.AddRange([0xFF, 0xDA, 0x00, 0x02]);
        return [.. bytes];
    }
}
