using System.Diagnostics;

namespace HydraEngine.StoreCrashTest;

/// <summary>
/// Starts the importing child, kills it with SIGKILL after a random delay, then reopens the store and checks
/// it (<see cref="CrashVerifier"/>); repeats for the requested number of kills and prints the tally.
/// </summary>
internal static class CrashOrchestrator
{
    public static int Run(CrashArguments arguments)
    {
        Directory.CreateDirectory(arguments.WorkFolder);
        var database = Path.Combine(arguments.WorkFolder, "store", "hydra.db");
        var source = Path.Combine(arguments.WorkFolder, "source");
        var random = new Random(arguments.Seed);
        var ledger = new CrashLedger();
        var verifier = new CrashVerifier(database);
        var kills = 0;
        var failures = 0;
        Console.WriteLine($"crash test: {arguments.Rounds} SIGKILLs, store {database}, seed {arguments.Seed}");
        for (var round = 1; kills < arguments.Rounds; round++)
        {
            var delay = random.Next(0, arguments.MaxDelayMs);
            var lines = RunAndKill(database, source, arguments.Seed * 1000 + round, delay, out var killed);
            ledger.Record(lines);
            kills += killed ? 1 : 0;
            var outcome = verifier.Verify(ledger);
            failures += outcome.Problems.Count > 0 ? 1 : 0;
            Console.WriteLine(
                $"round {round,3}: killed after {delay,4} ms{(killed ? "" : " (child had already stopped)")}; " +
                $"{lines.Count(line => line.StartsWith("done ", StringComparison.Ordinal))} imports reported; {outcome.Summary}");
            foreach (var problem in outcome.Problems)
            {
                Console.WriteLine($"  PROBLEM: {problem}");
            }
        }

        var final = verifier.Verify(ledger, verifyAllHashes: true);
        Console.WriteLine($"final full check (every reported file re-hashed): {final.Summary}");
        foreach (var problem in final.Problems)
        {
            Console.WriteLine($"  PROBLEM: {problem}");
        }

        failures += final.Problems.Count > 0 ? 1 : 0;
        Console.WriteLine($"RESULT: {kills} SIGKILLs, {ledger.Completed.Count} imports reported complete, {failures} failed checks");
        return failures == 0 ? 0 : 1;
    }

    private static List<string> RunAndKill(string database, string source, int seed, int delayMs, out bool killed)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(CrashOrchestrator).Assembly.Location);
        }

        foreach (var argument in new[] { "child", "--db", database, "--source", source, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var lines = new List<string>();
        var ready = new ManualResetEventSlim();
        child.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line.Data);
            }

            if (line.Data == "ready")
            {
                ready.Set();
            }
        };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        ready.Wait(TimeSpan.FromSeconds(30));
        Thread.Sleep(delayMs);
        killed = !child.HasExited;
        if (killed)
        {
            child.Kill(entireProcessTree: false); // SIGKILL on Unix
        }

        child.WaitForExit();
        lock (lines)
        {
            return [.. lines];
        }
    }
}
