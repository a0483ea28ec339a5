using System.IO.Compression;
using HydraEngine.Imaging.Png;

namespace HydraEngine.Imaging.Tests.Png;

public sealed class PngEncoderTests
{
    private static readonly byte[] Gradient = Enumerable.Range(0, 64 * 32).Select(i => (byte)((i % 64) + (i / 64))).ToArray();

    [Fact]
    public void Greyscale_output_is_signature_ihdr_idat_iend_with_valid_crcs()
    {
        var file = PngCodec.Default.EncodeGreyscale8(64, 32, Gradient);

        file[..8].ShouldBe(PngSignature.Bytes.ToArray());
        var chunks = PngChunkList.Read(file);
        chunks.Select(chunk => chunk.Type).ShouldBe(["IHDR", "IDAT", "IEND"]);
        chunks.ShouldAllBe(chunk => chunk.CrcValid);
        chunks[^1].Offset.ShouldBe(file.Length - 12);
    }

    [Fact]
    public void Greyscale_output_is_the_8_bit_colour_type_0_hydrus_expects()
    {
        var file = PngCodec.Default.EncodeGreyscale8(64, 32, Gradient);

        file[8 + 8 + 8].ShouldBe((byte)8);
        file[8 + 8 + 9].ShouldBe((byte)0);
        file[8 + 8 + 12].ShouldBe((byte)0);
    }

    [Fact]
    public void Image_data_is_split_into_idat_chunks_of_64_kib()
    {
        var noise = new byte[300 * 300 * 3];
        new Random(4).NextBytes(noise);

        var file = PngCodec.EncodeRgb8(300, 300, noise, new PngEncodeOptions(CompressionLevel.NoCompression));

        var imageData = PngChunkList.Read(file).Where(chunk => chunk.Type == "IDAT").ToList();
        imageData.Count.ShouldBeGreaterThan(1);
        imageData[..^1].ShouldAllBe(chunk => chunk.Length == PngEncoder.MaxImageDataChunk);
        imageData[^1].Length.ShouldBeLessThanOrEqualTo(PngEncoder.MaxImageDataChunk);
    }

    [Fact]
    public void Adaptive_filtering_is_smaller_than_no_filtering_on_a_gradient()
    {
        var header = new PngHeader(64, 32, 8, PngColourType.Greyscale, false);

        var adaptive = PngEncoder.Encode(header, Gradient, null, PngEncodeOptions.Default);
        var unfiltered = PngEncoder.Encode(header, Gradient, null, PngEncodeOptions.Default, PngFilterType.None);

        adaptive.Length.ShouldBeLessThan(unfiltered.Length);
    }

    [Fact]
    public void Interlace_option_writes_an_adam7_file_that_decodes_to_the_same_pixels()
    {
        var file = PngCodec.Default.EncodeGreyscale8(64, 32, Gradient, new PngEncodeOptions(Interlace: true));

        var image = PngCodec.Default.Decode(file, ImageDecodeLimits.Default).Image!;

        image.Interlaced.ShouldBeTrue();
        image.ChannelPlane(0).ShouldBe(Gradient);
    }

    [Fact]
    public void Rgba_encoder_round_trips_its_pixels()
    {
        var rgba = Enumerable.Range(0, 5 * 3 * 4).Select(i => (byte)(i * 7)).ToArray();

        var image = PngCodec.Default.Decode(PngCodec.EncodeRgba8(5, 3, rgba), ImageDecodeLimits.Default).Image!;

        image.SourceColourType.ShouldBe(PngColourType.TruecolourAlpha);
        image.Samples.ToArray().ShouldBe(rgba);
    }

    [Fact]
    public void Pixel_count_not_matching_the_dimensions_is_an_argument_error()
    {
        Should.Throw<ArgumentException>(() => PngCodec.Default.EncodeGreyscale8(4, 4, new byte[15]));
    }

    [Fact]
    public void Zero_width_is_an_argument_error()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PngCodec.EncodeRgb8(0, 4, []));
    }
}
