namespace HydraEngine.Imaging.Decoding;

/// <summary>Applies an EXIF orientation (1-8) to interleaved pixels, producing the upright image.</summary>
internal static class ExifOrientation
{
    public static HydrusPixels Apply(HydrusPixels pixels, int orientation)
    {
        if (orientation is < 2 or > 8)
        {
            return pixels;
        }

        var (w, h, c) = (pixels.Width, pixels.Height, pixels.Channels);
        var swaps = orientation >= 5;
        var (outWidth, outHeight) = swaps ? (h, w) : (w, h);
        var target = new byte[pixels.Samples.Length];
        var source = pixels.Samples;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var (tx, ty) = orientation switch
                {
                    2 => (w - 1 - x, y),
                    3 => (w - 1 - x, h - 1 - y),
                    4 => (x, h - 1 - y),
                    5 => (y, x),
                    6 => (h - 1 - y, x),
                    7 => (h - 1 - y, w - 1 - x),
                    _ => (y, w - 1 - x),
                };
                source.Slice((y * w + x) * c, c).CopyTo(target.AsSpan((ty * outWidth + tx) * c, c));
            }
        }

        return new HydrusPixels(outWidth, outHeight, c, target);
    }
}
