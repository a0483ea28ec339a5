using System.Text.Json.Nodes;

namespace HydraEngine.Benchmarks;

/// <summary>Where and when a run happened: date, CPU, cores, load average (the machine may be shared), runtime.</summary>
internal static class MachineInfo
{
    public static JsonObject Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return new JsonObject
        {
            ["date_utc"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["cpu"] = cpu ?? "unknown",
            ["cores"] = Environment.ProcessorCount,
            ["load_average"] = LoadAverage(),
            ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        };
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
