using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Png;
using HydraEngine.Imaging;
using HydraEngine.Model.Strings;
using HydraEngine.Testing;

namespace HydraEngine.Definitions.Tests.Png;

public sealed class HydrusPngContainerTests
{
    private static readonly StringMatch Sample = new(StringMatchType.Regex, "\\d+", null, null, "123");

    [Theory]
    [InlineData(100)]
    [InlineData(512)]
    [InlineData(4096)]
    public void A_written_png_reads_back_at_any_allowed_width(int width)
    {
        var png = HydrusSerialiser.ToPng(Sample, width: width);

        DefinitionLoader.Load(png, "test").Definition.ShouldBe(Sample);
    }

    [Fact]
    public void A_written_png_is_read_by_the_independent_reader()
    {
        var png = HydrusSerialiser.ToPng(Sample);

        IndependentHydrusPngReader.ReadPayloadText(png).ShouldBe(HydrusSerialiser.ToDumpString(Sample));
    }

    [Theory]
    [InlineData(508)]
    [InlineData(509)]
    public void Payloads_that_fill_or_overflow_a_row_exactly_round_trip(int payloadLength)
    {
        var payload = Enumerable.Range(0, payloadLength).Select(i => (byte)i).ToArray();
        var png = HydrusPngWriter.Write(payload, "t", "d");
        var image = PngCodec.Default.Decode(png, new ImageDecodeLimits()).Image!;

        HydrusPngReader.ExtractPayload(image.ChannelPlane(0), image.Width, image.Height, new DiagnosticBag("t")).ShouldBe(payload);
    }

    [Fact]
    public void A_plain_picture_is_not_a_hydrus_png()
    {
        var pixels = Enumerable.Repeat((byte)0x80, 64 * 64).ToArray();
        var png = PngCodec.Default.EncodeGreyscale8(64, 64, pixels);

        var result = DefinitionLoader.Load(png, "picture.png");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.NotHydrusPng);
    }

    [Fact]
    public void A_payload_cut_short_is_reported_as_truncated()
    {
        var pixels = new byte[512 * 3];
        pixels[1] = 1;
        pixels[512 + 2] = 0x10;

        HydrusPngReader.ExtractPayload(pixels, 512, 3, new DiagnosticBag("t")).ShouldBeNull();
    }

    [Fact]
    public void A_zlib_bomb_payload_is_refused()
    {
        var bomb = HydraEngine.Definitions.Hydrus.HydrusPayload.Compress(new string(' ', HydraEngine.Definitions.Hydrus.HydrusPayload.MaximumDecompressedBytes + 1));
        var png = HydrusPngWriter.Write(bomb, "bomb", "bomb");

        var result = DefinitionLoader.Load(png, "bomb.png");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.PayloadTooLarge);
    }

    [Fact]
    public void A_greyscale_image_saved_as_rgb_reads_the_same()
    {
        var grey = PngCodec.Default.Decode(HydrusSerialiser.ToPng(Sample), new ImageDecodeLimits()).Image!.ChannelPlane(0);
        var rgb = grey.SelectMany(value => new[] { value, value, value }).ToArray();
        var png = PngCodec.EncodeRgb8(512, grey.Length / 512, rgb);

        DefinitionLoader.Load(png, "rgb.png").Definition.ShouldBe(Sample);
    }
}
