namespace HydraEngine.Imaging.Tests.Png;

public sealed class PngHandBuiltDecodeTests
{
    [Fact]
    public void All_five_filter_types_are_reversed()
    {
        byte[] scanlines =
        [
            0, 10, 20, 30, 40,   // None    -> 10 20 30 40
            1, 5, 1, 1, 252,     // Sub     -> 5 6 7 3 (wraps)
            2, 1, 1, 1, 1,       // Up      -> 6 7 8 4
            3, 2, 2, 2, 2,       // Average -> 5 8 10 9
            4, 1, 250, 0, 3,     // Paeth   -> 6 2 2 5
        ];

        var image = Decode(new PngFileBuilder().Header(4, 5, 8, PngColourType.Greyscale).ImageData(scanlines).End().Build());

        image.Samples.ToArray().ShouldBe(new byte[] { 10, 20, 30, 40, 5, 6, 7, 3, 6, 7, 8, 4, 5, 8, 10, 9, 6, 2, 2, 5 });
    }

    [Fact]
    public void Average_and_paeth_on_the_first_row_treat_the_row_above_as_zero()
    {
        byte[] scanlines = [3, 10, 4, 4];
        byte[] paeth = [4, 10, 4, 4];

        Decode(new PngFileBuilder().Header(3, 1, 8, PngColourType.Greyscale).ImageData(scanlines).End().Build())
            .Samples.ToArray().ShouldBe(new byte[] { 10, 9, 8 });
        Decode(new PngFileBuilder().Header(3, 1, 8, PngColourType.Greyscale).ImageData(paeth).End().Build())
            .Samples.ToArray().ShouldBe(new byte[] { 10, 14, 18 });
    }

    [Fact]
    public void Image_data_split_over_several_idat_chunks_is_joined()
    {
        var scanlines = Enumerable.Range(0, 8).SelectMany(y => new byte[] { 0 }.Concat(Enumerable.Range(0, 16).Select(x => (byte)(x * y)))).ToArray();

        var image = Decode(new PngFileBuilder().Header(16, 8, 8, PngColourType.Greyscale).ImageData(scanlines, parts: 5).End().Build());

        image.GetSample(15, 7, 0).ShouldBe(105);
    }

    [Fact]
    public void Empty_idat_chunks_between_data_chunks_are_harmless()
    {
        var compressed = PngFileBuilder.Zlib([0, 1, 2, 3]);

        var file = new PngFileBuilder().Header(3, 1, 8, PngColourType.Greyscale)
            .Chunk("IDAT").Chunk("IDAT", compressed[..5]).Chunk("IDAT").Chunk("IDAT", compressed[5..]).End().Build();

        Decode(file).Samples.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
    }

    [Fact]
    public void Ancillary_chunks_are_ignored_even_empty_or_with_a_bad_crc()
    {
        var file = new PngFileBuilder().Header(2, 1, 8, PngColourType.Greyscale)
            .Chunk("eXIf")
            .ChunkWithCrc("tEXt", "Comment\0hi"u8.ToArray(), 0xDEADBEEF)
            .ImageData([0, 7, 9])
            .Chunk("zzZz", 1, 2, 3)
            .End().Build();

        Decode(file).Samples.ToArray().ShouldBe(new byte[] { 7, 9 });
    }

    [Fact]
    public void Bytes_after_iend_are_ignored()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale).ImageData([0, 42]).End().Raw(1, 2, 3).Build();

        Decode(file).GetSample(0, 0, 0).ShouldBe(42);
    }

    [Theory]
    [InlineData(1, new byte[] { 0b1010_0000 }, new byte[] { 255, 0, 255, 0 })]
    [InlineData(2, new byte[] { 0b0001_1011 }, new byte[] { 0, 85, 170, 255 })]
    [InlineData(4, new byte[] { 0x0F, 0x73 }, new byte[] { 0, 255, 119, 51 })]
    public void Low_bit_depth_grey_is_scaled_to_8_bits(int bitDepth, byte[] row, byte[] expected)
    {
        var file = new PngFileBuilder().Header(4, 1, (byte)bitDepth, PngColourType.Greyscale).ImageData([0, .. row]).End().Build();

        var image = Decode(file);

        image.BitDepth.ShouldBe(8);
        image.Samples.ToArray().ShouldBe(expected);
    }

    [Fact]
    public void Sixteen_bit_grey_keeps_full_values()
    {
        var file = new PngFileBuilder().Header(2, 1, 16, PngColourType.Greyscale).ImageData([0, 0x12, 0x34, 0xFF, 0x01]).End().Build();

        var image = Decode(file);

        image.BitDepth.ShouldBe(16);
        image.GetSample(0, 0, 0).ShouldBe(0x1234);
        image.GetSample(1, 0, 0).ShouldBe(0xFF01);
    }

    [Fact]
    public void Palette_with_a_short_trns_gives_opaque_alpha_to_the_remaining_entries()
    {
        var file = new PngFileBuilder().Header(3, 1, 8, PngColourType.Indexed)
            .Chunk("PLTE", 1, 2, 3, 4, 5, 6, 7, 8, 9)
            .Chunk("tRNS", 0x80)
            .ImageData([0, 0, 1, 2])
            .End().Build();

        var image = Decode(file);

        image.Channels.ShouldBe(4);
        image.Samples.ToArray().ShouldBe(new byte[] { 1, 2, 3, 0x80, 4, 5, 6, 255, 7, 8, 9, 255 });
    }

    [Fact]
    public void Trns_with_a_bad_crc_is_ignored_so_the_palette_expands_to_rgb()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Indexed)
            .Chunk("PLTE", 1, 2, 3)
            .ChunkWithCrc("tRNS", [0x80], 0)
            .ImageData([0, 0])
            .End().Build();

        Decode(file).Channels.ShouldBe(3);
    }

    [Fact]
    public void Trns_on_a_greyscale_image_adds_no_channel()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale).Chunk("tRNS", 0, 5).ImageData([0, 5]).End().Build();

        Decode(file).Channels.ShouldBe(1);
    }

    [Fact]
    public void Palette_chunk_in_a_greyscale_image_is_ignored()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale).Chunk("PLTE", 9, 9, 9).ImageData([0, 5]).End().Build();

        Decode(file).Samples.ToArray().ShouldBe(new byte[] { 5 });
    }

    [Fact]
    public void Greyscale_alpha_keeps_two_channels_in_png_order()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.GreyscaleAlpha).ImageData([0, 10, 200]).End().Build();

        var image = Decode(file);

        image.Channels.ShouldBe(2);
        image.Samples.ToArray().ShouldBe(new byte[] { 10, 200 });
    }

    [Fact]
    public void Truecolour_channels_stay_in_red_green_blue_order()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Truecolour).ImageData([0, 1, 2, 3]).End().Build();

        var image = Decode(file);

        (image.GetSample(0, 0, 0), image.GetSample(0, 0, 1), image.GetSample(0, 0, 2)).ShouldBe((1, 2, 3));
    }

    private static RasterImage Decode(byte[] file)
    {
        var result = PngCodec.Default.Decode(file, ImageDecodeLimits.Default);
        result.Error.ShouldBeNull();
        return result.Image!;
    }
}
