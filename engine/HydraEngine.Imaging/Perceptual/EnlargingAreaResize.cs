namespace HydraEngine.Imaging.Perceptual;

/// <summary>
/// INTER_AREA when an axis is enlarged: OpenCV falls back to a 2-tap pass in 11-bit fixed point with area-style
/// coefficients, horizontal then vertical. A 4000×20 strip shrunk to 32×32 is therefore point-sampled along x.
/// </summary>
internal static class EnlargingAreaResize
{
    private readonly record struct Tap(int Source, int Weight0, int Weight1);

    public static GreyPlane Resize(GreyPlane source, int targetWidth, int targetHeight)
    {
        var columns = Taps(source.Width, targetWidth);
        var rows = Taps(source.Height, targetHeight);
        var horizontal = new long[source.Height * targetWidth];
        for (var y = 0; y < source.Height; y++)
        {
            var row = y * source.Width;
            for (var x = 0; x < targetWidth; x++)
            {
                var tap = columns[x];
                long value = source.Samples[row + tap.Source] * tap.Weight0;
                if (tap.Source + 1 < source.Width)
                {
                    value += source.Samples[row + tap.Source + 1] * tap.Weight1;
                }

                horizontal[y * targetWidth + x] = value;
            }
        }

        var target = new byte[targetWidth * targetHeight];
        for (var y = 0; y < targetHeight; y++)
        {
            var tap = rows[y];
            var upper = tap.Source * targetWidth;
            var lower = Math.Min(tap.Source + 1, source.Height - 1) * targetWidth;
            for (var x = 0; x < targetWidth; x++)
            {
                var value = ((tap.Weight0 * (horizontal[upper + x] >> 4)) >> 16)
                    + ((tap.Weight1 * (horizontal[lower + x] >> 4)) >> 16) + 2;
                target[y * targetWidth + x] = Saturate.Clamp(value >> 2);
            }
        }

        return new GreyPlane(targetWidth, targetHeight, target);
    }

    private static Tap[] Taps(int sourceSize, int targetSize)
    {
        var scale = (double)sourceSize / targetSize;
        var inverse = (double)targetSize / sourceSize;
        var taps = new Tap[targetSize];
        for (var target = 0; target < targetSize; target++)
        {
            var source = (int)Math.Floor(target * scale);
            var fraction = (float)(target + 1 - (source + 1) * inverse);
            fraction = fraction <= 0 ? 0f : fraction - MathF.Floor(fraction);
            if (source >= sourceSize - 1)
            {
                source = sourceSize - 1;
                fraction = 0f;
            }

            var weight0 = (int)Math.Round((double)((1f - fraction) * 2048f), MidpointRounding.ToEven);
            var weight1 = (int)Math.Round((double)(fraction * 2048f), MidpointRounding.ToEven);
            taps[target] = new Tap(source, weight0, weight1);
        }

        return taps;
    }
}
