namespace HydraEngine.Imaging.Perceptual;

/// <summary>One term of a fractional area resize: source index <paramref name="Source"/> adds <paramref name="Weight"/> of itself to <paramref name="Target"/>.</summary>
internal readonly record struct AreaWeight(int Target, int Source, float Weight)
{
    /// <summary>The weights along one shrinking axis, in OpenCV's order (edge fractions below 1e-3 ignored).</summary>
    public static List<AreaWeight> Table(int sourceSize, int targetSize)
    {
        var scale = (double)sourceSize / targetSize;
        var table = new List<AreaWeight>();
        for (var target = 0; target < targetSize; target++)
        {
            var start = target * scale;
            var end = start + scale;
            var cell = Math.Min(scale, sourceSize - start);
            var last = (int)Math.Min(Math.Floor(end), sourceSize - 1);
            var first = Math.Min((int)Math.Ceiling(start), last);
            if (first - start > 1e-3)
            {
                table.Add(new AreaWeight(target, first - 1, (float)((first - start) / cell)));
            }

            for (var source = first; source < last; source++)
            {
                table.Add(new AreaWeight(target, source, (float)(1.0 / cell)));
            }

            if (end - last > 1e-3)
            {
                table.Add(new AreaWeight(target, last, (float)(Math.Min(Math.Min(end - last, 1.0), cell) / cell)));
            }
        }

        return table;
    }
}
