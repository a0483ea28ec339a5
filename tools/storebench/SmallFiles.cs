namespace HydraEngine.StoreBench;

/// <summary>Small random files (1–16 KB, a PNG signature in front so they sniff as images) for import benchmarks.</summary>
internal static class SmallFiles
{
    public static List<string> Write(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var paths = new List<string>(count);
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        for (var index = 0; index < count; index++)
        {
            var content = new byte[random.Next(1_024, 16_384)];
            random.NextBytes(content);
            png.CopyTo(content);
            var path = Path.Combine(folder, $"f{index:D6}.png");
            File.WriteAllBytes(path, content);
            paths.Add(path);
        }

        return paths;
    }
}
