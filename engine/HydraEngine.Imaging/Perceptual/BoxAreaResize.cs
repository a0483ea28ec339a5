namespace HydraEngine.Imaging.Perceptual;

/// <summary>INTER_AREA with integer factors: box sums; 2×2 rounds half up, other boxes scale in float32 and round half to even.</summary>
internal static class BoxAreaResize
{
    public static GreyPlane Resize(GreyPlane source, int factorX, int factorY)
    {
        var width = source.Width / factorX;
        var height = source.Height / factorY;
        var scale = 1f / (factorX * factorY);
        var target = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var sum = 0L;
                for (var dy = 0; dy < factorY; dy++)
                {
                    var row = (y * factorY + dy) * source.Width + x * factorX;
                    for (var dx = 0; dx < factorX; dx++)
                    {
                        sum += source.Samples[row + dx];
                    }
                }

                target[y * width + x] = factorX == 2 && factorY == 2
                    ? (byte)((sum + 2) >> 2)
                    : Saturate.RoundHalfEven((float)(sum * (double)scale));
            }
        }

        return new GreyPlane(width, height, target);
    }
}
