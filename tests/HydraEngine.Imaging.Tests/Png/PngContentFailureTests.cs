using System.IO.Compression;

namespace HydraEngine.Imaging.Tests.Png;

/// <summary>Invalid header values, size limits, zlib data, filters and palette indices.</summary>
public sealed class PngContentFailureTests
{
    private static readonly byte[] ValidFile = PngFileBuilder.Greyscale8(3, [1, 2, 3], [4, 5, 6]);

    // Offsets in every test file: IHDR chunk 8, first chunk after IHDR 33.
    private const int HeaderChunkOffset = 8;
    private const int ImageDataChunkOffset = 33;

    [Theory]
    [InlineData(0u, 5u)]
    [InlineData(5u, 0u)]
    [InlineData(0x80000000u, 1u)]
    public void Zero_or_out_of_range_dimensions_are_refused(uint width, uint height)
    {
        var file = new PngFileBuilder().Header(width, height, 8, PngColourType.Greyscale).ImageData([0, 0]).End().Build();

        var error = PngDecodeAssertions.Error(file);

        error.Code.ShouldBe(ImageDecodeErrorCodes.Header);
        error.ByteOffset.ShouldBe(HeaderChunkOffset);
    }

    [Fact]
    public void Huge_dimensions_are_refused_before_any_allocation()
    {
        var file = new PngFileBuilder().Header(100_000, 100_000, 16, PngColourType.TruecolourAlpha).ImageData([0]).End().Build();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = PngDecodeAssertions.Error(file);

        error.Code.ShouldBe(ImageDecodeErrorCodes.TooLarge);
        (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore).ShouldBeLessThan(1_000_000);
    }

    [Fact]
    public void Decoded_size_over_the_byte_limit_is_refused()
    {
        var error = PngCodec.Default.Decode(ValidFile, new ImageDecodeLimits(MaxDecodedBytes: 5)).Error!;

        error.Code.ShouldBe(ImageDecodeErrorCodes.TooLarge);
    }

    [Fact]
    public void A_file_over_the_file_size_limit_is_refused()
    {
        var error = PngCodec.Default.Decode(ValidFile, new ImageDecodeLimits(MaxFileBytes: 20)).Error!;

        error.Code.ShouldBe(ImageDecodeErrorCodes.TooLarge);
    }

    [Theory]
    [InlineData(3, PngColourType.Greyscale)]
    [InlineData(4, PngColourType.Truecolour)]
    [InlineData(16, PngColourType.Indexed)]
    [InlineData(8, (PngColourType)1)]
    public void Disallowed_bit_depth_and_colour_type_combinations_are_refused(byte bitDepth, PngColourType colourType)
    {
        var file = new PngFileBuilder().Header(1, 1, bitDepth, colourType).ImageData([0, 0]).End().Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.Header);
    }

    [Fact]
    public void An_unknown_interlace_method_is_refused()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale, interlace: 2).ImageData([0, 0]).End().Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.Header);
    }

    [Fact]
    public void A_decompression_bomb_is_refused_without_inflating_it()
    {
        var file = new PngFileBuilder().Header(100, 100, 8, PngColourType.Greyscale).Chunk("IDAT", ZerosBomb(100)).End().Build();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = PngDecodeAssertions.Error(file);

        error.Code.ShouldBe(ImageDecodeErrorCodes.TooLarge);
        error.Message.ShouldContain("inflates to more than the 10100 bytes");
        (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore).ShouldBeLessThan(1_000_000);
    }

    [Fact]
    public void Image_data_shorter_than_the_header_requires_is_refused()
    {
        var file = new PngFileBuilder().Header(3, 2, 8, PngColourType.Greyscale).ImageData([0, 1, 2, 3]).End().Build();

        var error = PngDecodeAssertions.Error(file);

        error.Code.ShouldBe(ImageDecodeErrorCodes.Zlib);
        error.Message.ShouldContain("4 of the 8 bytes");
    }

    [Fact]
    public void Image_data_that_is_not_zlib_is_refused()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale).Chunk("IDAT", 0x12, 0x34, 0x56).End().Build();

        var error = PngDecodeAssertions.Error(file);

        error.Code.ShouldBe(ImageDecodeErrorCodes.Zlib);
        error.ByteOffset.ShouldBe(ImageDataChunkOffset);
    }

    [Fact]
    public void A_wrong_adler32_at_the_end_of_the_zlib_stream_is_refused()
    {
        var compressed = PngFileBuilder.Zlib([0, 9]);
        compressed[^1] ^= 0xFF;
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale).Chunk("IDAT", compressed).End().Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.Zlib);
    }

    [Fact]
    public void An_unknown_filter_type_names_the_row()
    {
        var file = new PngFileBuilder().Header(2, 2, 8, PngColourType.Greyscale).ImageData([0, 1, 2, 5, 3, 4]).End().Build();

        var error = PngDecodeAssertions.Error(file);

        error.Code.ShouldBe(ImageDecodeErrorCodes.Filter);
        error.Message.ShouldContain("row 1 has filter type 5");
    }

    [Fact]
    public void A_palette_index_beyond_the_palette_is_refused()
    {
        var file = new PngFileBuilder().Header(2, 1, 8, PngColourType.Indexed).Chunk("PLTE", 1, 2, 3, 4, 5, 6).ImageData([0, 1, 2]).End().Build();

        var error = PngDecodeAssertions.Error(file);

        error.Code.ShouldBe(ImageDecodeErrorCodes.Palette);
        error.Message.ShouldContain("pixel (1, 0) uses palette index 2 but PLTE has 2 entries");
    }

    [Fact]
    public void An_indexed_image_without_plte_is_refused()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Indexed).ImageData([0, 0]).End().Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.Palette);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(771)]
    public void A_plte_whose_length_is_not_1_to_256_triples_is_refused(int length)
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Indexed).Chunk("PLTE", new byte[length]).ImageData([0, 0]).End().Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.Palette);
    }

    /// <summary>A zlib stream inflating to <paramref name="megabytes"/> MB of zeros, built without allocating them.</summary>
    private static byte[] ZerosBomb(int megabytes)
    {
        var zeros = new byte[1024 * 1024];
        using var compressed = new MemoryStream();
        using (var deflater = new ZLibStream(compressed, CompressionLevel.SmallestSize))
        {
            for (var i = 0; i < megabytes; i++)
            {
                deflater.Write(zeros);
            }
        }

        return compressed.ToArray();
    }
}
