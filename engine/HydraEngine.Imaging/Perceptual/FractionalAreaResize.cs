namespace HydraEngine.Imaging.Perceptual;

/// <summary>
/// INTER_AREA shrinking by non-integer factors: separable area weights in float32, accumulated in table order
/// (each source row horizontally, then the rows of a target row summed), rounded half to even.
/// </summary>
internal static class FractionalAreaResize
{
    public static GreyPlane Resize(GreyPlane source, int targetWidth, int targetHeight)
    {
        var horizontal = new float[source.Height * targetWidth];
        foreach (var weight in AreaWeight.Table(source.Width, targetWidth))
        {
            for (var row = 0; row < source.Height; row++)
            {
                var index = row * targetWidth + weight.Target;
                horizontal[index] += source.Samples[row * source.Width + weight.Source] * weight.Weight;
            }
        }

        var sums = new float[targetWidth * targetHeight];
        var previousTarget = -1;
        foreach (var weight in AreaWeight.Table(source.Height, targetHeight))
        {
            var first = weight.Target != previousTarget;
            previousTarget = weight.Target;
            for (var x = 0; x < targetWidth; x++)
            {
                var term = horizontal[weight.Source * targetWidth + x] * weight.Weight;
                var index = weight.Target * targetWidth + x;
                sums[index] = first ? term : sums[index] + term;
            }
        }

        var target = new byte[sums.Length];
        for (var index = 0; index < sums.Length; index++)
        {
            target[index] = Saturate.RoundHalfEven(sums[index]);
        }

        return new GreyPlane(targetWidth, targetHeight, target);
    }
}
