namespace HydraEngine.Imaging.Tests;

public sealed class RasterImageTests
{
    private static readonly byte[] Grey = Enumerable.Range(0, 12 * 5).Select(i => (byte)(i * 41)).ToArray();

    [Fact]
    public void Greyscale_re_encoded_as_rgb_reads_identical_channel_0()
    {
        var rgb = Grey.SelectMany(value => new[] { value, value, value }).ToArray();

        var image = Decode(PngCodec.EncodeRgb8(12, 5, rgb));

        image.Channels.ShouldBe(3);
        image.ChannelPlane(0).ShouldBe(Grey);
    }

    [Fact]
    public void Greyscale_re_encoded_as_opaque_rgba_reads_identical_channel_0()
    {
        var rgba = Grey.SelectMany(value => new[] { value, value, value, (byte)255 }).ToArray();

        var image = Decode(PngCodec.EncodeRgba8(12, 5, rgba));

        image.ChannelPlane(0).ShouldBe(Grey);
    }

    [Fact]
    public void Channel_plane_of_a_greyscale_image_is_a_copy_of_its_pixels()
    {
        var image = Decode(PngCodec.Default.EncodeGreyscale8(12, 5, Grey));

        var plane = image.ChannelPlane(0);
        plane[0] ^= 0xFF;

        image.ChannelPlane(0).ShouldBe(Grey);
    }

    [Fact]
    public void Channel_plane_selects_the_requested_channel()
    {
        var image = Decode(PngCodec.EncodeRgb8(2, 1, [1, 2, 3, 4, 5, 6]));

        image.ChannelPlane(2).ShouldBe(new byte[] { 3, 6 });
    }

    [Fact]
    public void Channel_plane_of_16_bit_samples_holds_the_high_bytes()
    {
        var file = new Png.PngFileBuilder().Header(2, 1, 16, PngColourType.GreyscaleAlpha)
            .ImageData([0, 0x12, 0x34, 0xAB, 0xCD, 0x56, 0x78, 0xEF, 0x01]).End().Build();

        var image = Decode(file);

        image.ChannelPlane(0).ShouldBe(new byte[] { 0x12, 0x56 });
        image.ChannelPlane(1).ShouldBe(new byte[] { 0xAB, 0xEF });
    }

    [Fact]
    public void Row_stride_counts_channels_and_sample_bytes()
    {
        var file = new Png.PngFileBuilder().Header(3, 1, 16, PngColourType.Truecolour).ImageData(new byte[1 + 18]).End().Build();

        Decode(file).RowStride.ShouldBe(18);
    }

    [Fact]
    public void Asking_for_a_missing_channel_is_an_argument_error()
    {
        var image = Decode(PngCodec.Default.EncodeGreyscale8(12, 5, Grey));

        Should.Throw<ArgumentOutOfRangeException>(() => image.ChannelPlane(1));
    }

    private static RasterImage Decode(byte[] file) => PngCodec.Default.Decode(file, ImageDecodeLimits.Default).Image.ShouldNotBeNull();
}
