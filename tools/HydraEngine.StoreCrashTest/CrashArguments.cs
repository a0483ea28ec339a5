using System.Globalization;

namespace HydraEngine.StoreCrashTest;

/// <summary>Command-line settings for both the orchestrator and the child.</summary>
internal sealed record CrashArguments(int Rounds, string WorkFolder, int Seed, int MaxDelayMs, string? Database, string? Source)
{
    public static CrashArguments Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var enumerator = args.GetEnumerator();
        while (enumerator.MoveNext())
        {
            var name = enumerator.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !enumerator.MoveNext())
            {
                throw new ArgumentException($"expected --name value pairs, got '{name}'");
            }

            values[name[2..]] = enumerator.Current;
        }

        return new CrashArguments(
            Number(values, "rounds", 60),
            values.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), $"hydra-crash-{Environment.ProcessId}"),
            Number(values, "seed", Environment.TickCount),
            Number(values, "max-delay-ms", 1500),
            values.GetValueOrDefault("db"),
            values.GetValueOrDefault("source"));
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text)
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw new ArgumentException($"--{name} needs a number")
            : fallback;
}
