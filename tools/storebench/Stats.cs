using System.Diagnostics;
using System.Globalization;

namespace HydraEngine.StoreBench;

/// <summary>Latency samples and their median / p95, plus rate formatting.</summary>
internal static class Stats
{
    public static (double MedianMs, double P95Ms, T Last) Measure<T>(int runs, Func<T> action)
    {
        action(); // warm-up: JIT and page cache
        var samples = new double[runs];
        var last = default(T)!;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            last = action();
            samples[run] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(samples);
        return (samples[runs / 2], samples[Math.Min(runs - 1, (int)Math.Ceiling(runs * 0.95) - 1)], last);
    }

    public static string Rate(double count, TimeSpan elapsed) =>
        (count / Math.Max(elapsed.TotalSeconds, 1e-9)).ToString("#,0", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
