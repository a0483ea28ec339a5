using System.Globalization;

namespace HydraEngine.RepoBench;

/// <summary>One processing run of the whole update set by one side, with the load average when it started.</summary>
/// <param name="CpuSeconds">Processor time the side's process spent processing (all its threads): under load the wall
/// clock measures the scheduler as much as the work, this does not.</param>
internal sealed record RunResult(string Side, int Round, long Rows, double Seconds, double CpuSeconds, long Mappings, long DatabaseBytes, string LoadAverage)
{
    public double RowsPerSecond => Seconds <= 0 ? 0 : Rows / Seconds;

    public double RowsPerCpuSecond => CpuSeconds <= 0 ? 0 : Rows / CpuSeconds;

    public double BytesPerMapping => Mappings <= 0 ? 0 : (double)DatabaseBytes / Mappings;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Side,-7} round {Round}: {Rows:N0} rows in {Seconds:N2} s = {RowsPerSecond,9:N0} rows/s ({CpuSeconds:N2} s processor time = {RowsPerCpuSecond:N0} rows per processor second); {Mappings:N0} mappings, database {DatabaseBytes / 1_000_000.0:N1} MB ({BytesPerMapping:N1} B/mapping); load {LoadAverage}");

    public static string CurrentLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
