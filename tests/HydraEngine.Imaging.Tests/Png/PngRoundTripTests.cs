using HydraEngine.Imaging.Png;

namespace HydraEngine.Imaging.Tests.Png;

public sealed class PngRoundTripTests
{
    public static TheoryData<PngColourType, int, bool> EveryFormat()
    {
        var data = new TheoryData<PngColourType, int, bool>();
        foreach (var colourType in Enum.GetValues<PngColourType>())
        {
            foreach (var bitDepth in new[] { 1, 2, 4, 8, 16 })
            {
                if (PngHeader.IsAllowed(colourType, bitDepth))
                {
                    data.Add(colourType, bitDepth, false);
                    data.Add(colourType, bitDepth, true);
                }
            }
        }

        return data;
    }

    public static TheoryData<PngColourType, int, int> FixedFilters()
    {
        var data = new TheoryData<PngColourType, int, int>();
        foreach (var filter in Enum.GetValues<PngFilterType>())
        {
            data.Add(PngColourType.Greyscale, 8, (int)filter);
            data.Add(PngColourType.TruecolourAlpha, 16, (int)filter);
            data.Add(PngColourType.Greyscale, 2, (int)filter);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFormat))]
    public void Every_colour_type_and_bit_depth_decodes_to_the_encoded_samples(PngColourType colourType, int bitDepth, bool interlaced)
    {
        var header = new PngHeader(37, 21, bitDepth, colourType, interlaced);
        var palette = colourType == PngColourType.Indexed ? PngTestImages.Palette(1 << bitDepth, withTransparency: false) : null;

        var image = RoundTrip(header, palette, seed: bitDepth, filter: null);

        image.SourceColourType.ShouldBe(colourType);
        image.SourceBitDepth.ShouldBe(bitDepth);
        image.Interlaced.ShouldBe(interlaced);
    }

    [Theory]
    [MemberData(nameof(FixedFilters))]
    public void Every_filter_type_decodes_in_both_interlace_modes(PngColourType colourType, int bitDepth, int filter)
    {
        foreach (var interlaced in new[] { false, true })
        {
            RoundTrip(new PngHeader(29, 19, bitDepth, colourType, interlaced), null, seed: filter, (PngFilterType)filter);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(9, 1)]
    [InlineData(1, 9)]
    [InlineData(5, 5)]
    [InlineData(33, 17)]
    public void Interlaced_images_with_empty_passes_decode(int width, int height)
    {
        RoundTrip(new PngHeader(width, height, 8, PngColourType.Truecolour, Interlaced: true), null, seed: width * height, filter: null);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(4, true)]
    [InlineData(8, true)]
    public void Palette_images_with_transparency_decode_to_rgba(int bitDepth, bool interlaced)
    {
        var palette = PngTestImages.Palette((1 << bitDepth) - 1, withTransparency: true);

        var image = RoundTrip(new PngHeader(23, 7, bitDepth, PngColourType.Indexed, interlaced), palette, seed: 5, filter: null);

        image.Channels.ShouldBe(4);
    }

    [Fact]
    public void Palette_images_without_transparency_decode_to_rgb()
    {
        var palette = PngTestImages.Palette(200, withTransparency: false);

        var image = RoundTrip(new PngHeader(16, 4, 8, PngColourType.Indexed, false), palette, seed: 3, filter: null);

        image.Channels.ShouldBe(3);
        image.BitDepth.ShouldBe(8);
    }

    [Fact]
    public void Large_images_split_into_several_idat_chunks_decode()
    {
        var image = RoundTrip(new PngHeader(300, 300, 8, PngColourType.Truecolour, false), null, seed: 9, PngFilterType.None, level: System.IO.Compression.CompressionLevel.NoCompression);

        image.Width.ShouldBe(300);
    }

    private static RasterImage RoundTrip(
        PngHeader header,
        PngPalette? palette,
        int seed,
        PngFilterType? filter,
        System.IO.Compression.CompressionLevel level = System.IO.Compression.CompressionLevel.Fastest)
    {
        var packed = PngTestImages.PackedRows(header, seed, palette);
        var file = PngEncoder.Encode(header, packed, palette, new PngEncodeOptions(level, header.Interlaced), filter);

        var result = PngCodec.Default.Decode(file, ImageDecodeLimits.Default);

        result.Error.ShouldBeNull();
        var image = result.Image!;
        image.Width.ShouldBe(header.Width);
        image.Height.ShouldBe(header.Height);
        image.Samples.ToArray().ShouldBe(PngTestImages.ExpectedSamples(header, packed, palette));
        return image;
    }
}
