namespace HydraEngine.Imaging.Decoding;

/// <summary>
/// hydrus's "human" test for a useless alpha channel: alpha is kept only when at least N pixels are clearly
/// see-through (alpha &lt; 251) and at least N are clearly visible (alpha &gt; 4), N = min(2·(W+H), max(⌊W·H/200⌋, 1)).
/// Otherwise the channel is dropped and the RGB underneath kept as it is.
/// </summary>
internal static class UselessAlpha
{
    public static HydrusPixels Strip(HydrusPixels pixels)
    {
        if (!pixels.HasAlpha || IsUseful(pixels))
        {
            return pixels;
        }

        var count = pixels.Width * pixels.Height;
        var rgb = new byte[count * 3];
        var source = pixels.Samples;
        for (var pixel = 0; pixel < count; pixel++)
        {
            source.Slice(pixel * 4, 3).CopyTo(rgb.AsSpan(pixel * 3, 3));
        }

        return new HydrusPixels(pixels.Width, pixels.Height, 3, rgb);
    }

    private static bool IsUseful(HydrusPixels pixels)
    {
        var count = (long)pixels.Width * pixels.Height;
        var needed = Math.Min(2L * (pixels.Width + pixels.Height), Math.Max(count / 200, 1));
        long seeThrough = 0, visible = 0;
        var samples = pixels.Samples;
        for (var offset = 3; offset < samples.Length; offset += 4)
        {
            var alpha = samples[offset];
            seeThrough += alpha < 251 ? 1 : 0;
            visible += alpha > 4 ? 1 : 0;
        }

        return seeThrough >= needed && visible >= needed;
    }
}
