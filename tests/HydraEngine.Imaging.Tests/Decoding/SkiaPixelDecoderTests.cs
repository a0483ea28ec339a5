using HydraEngine.Imaging.Decoding;
using HydraEngine.Imaging.Perceptual;

namespace HydraEngine.Imaging.Tests.Decoding;

public sealed class SkiaPixelDecoderTests
{
    [Fact]
    public void Text_is_refused_with_a_reason()
    {
        var result = SkiaPixelDecoder.Instance.Decode("not an image at all"u8, ImageDecodeLimits.Default);

        result.Succeeded.ShouldBeFalse();
        result.Error!.ShouldContain("not a decodable image");
    }

    [Fact]
    public void Image_over_the_pixel_limit_is_refused()
    {
        var png = PngCodec.Default.EncodeGreyscale8(64, 64, new byte[64 * 64]);

        var result = SkiaPixelDecoder.Instance.Decode(png, new ImageDecodeLimits(MaxPixels: 100));

        result.Error!.ShouldContain("over the decode limits");
    }

    [Fact]
    public void Grey_png_becomes_three_equal_channels()
    {
        var png = PngCodec.Default.EncodeGreyscale8(2, 1, new byte[] { 7, 200 });

        var pixels = SkiaPixelDecoder.Instance.Decode(png, ImageDecodeLimits.Default).Pixels!;

        pixels.Samples.ToArray().ShouldBe(new byte[] { 7, 7, 7, 200, 200, 200 });
    }

    [Fact]
    public void Flat_image_hash_is_blank()
    {
        var png = PngCodec.Default.EncodeGreyscale8(40, 40, Enumerable.Repeat((byte)90, 1600).ToArray());

        var (hashes, _) = ImageHasher.Default.Hash(png);

        hashes!.PerceptualHashes.ShouldBeEmpty();
        ShapePerceptualHash.IsBlank(hashes.RawPerceptualHash).ShouldBeTrue();
    }
}
