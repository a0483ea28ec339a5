using HydraEngine.Imaging.Decoding;

namespace HydraEngine.Imaging.Tests.Decoding;

public sealed class UselessAlphaTests
{
    [Fact]
    public void Fully_transparent_image_keeps_its_hidden_rgb()
    {
        var rgba = new byte[] { 10, 20, 30, 0, 40, 50, 60, 0 };

        var stripped = UselessAlpha.Strip(new HydrusPixels(2, 1, 4, rgba));

        stripped.Channels.ShouldBe(3);
        stripped.Samples.ToArray().ShouldBe(new byte[] { 10, 20, 30, 40, 50, 60 });
    }

    [Fact]
    public void Alpha_with_enough_clear_and_visible_pixels_is_kept()
    {
        var rgba = new byte[] { 1, 1, 1, 0, 2, 2, 2, 255 };

        UselessAlpha.Strip(new HydrusPixels(2, 1, 4, rgba)).Channels.ShouldBe(4);
    }
}
