namespace HydraEngine.StoreBench;

/// <summary>The machine's load average, printed with the figures: other work on a shared machine skews wall times.</summary>
internal static class LoadAverage
{
    public static string Describe()
    {
        const string source = "/proc/loadavg";
        if (!File.Exists(source))
        {
            return $"{Environment.ProcessorCount} cores";
        }

        var parts = File.ReadAllText(source).Split(' ');
        return $"machine: {Environment.ProcessorCount} cores, load average {parts[0]} / {parts[1]} / {parts[2]} (1/5/15 min)";
    }
}
