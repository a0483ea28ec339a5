using System.Diagnostics;

namespace HydraEngine.ApiBench;

/// <summary>Median wall time of a call, after two warm-up calls.</summary>
internal static class Timing
{
    public static double Median(int runs, Func<int> call)
    {
        call();
        call();
        var times = new List<double>(runs);
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            call();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
