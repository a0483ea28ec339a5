using System.Diagnostics;
using System.Text.Json.Nodes;

namespace HydraEngine.RepoBench;

/// <summary>
/// hydrus's side: <c>oracle/hydrus_repobench.py</c> run by Debian's python3 imports hydrus's client database from
/// <c>../shared/peers/hydrus</c> (headless through <c>../shared/oracle/hydrus_env.py</c>), creates a fresh client
/// database with a tag repository service and processes the same update files through hydrus's own write jobs.
/// </summary>
internal sealed class HydrusProcessing(string python, string oracleFolder, string hydrusFolder)
{
    private const string AnswerMarker = "@@ ";

    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "oracle", "hydrus_repobench.py");

    /// <summary>hydrus's side, or why it cannot run here.</summary>
    public static HydrusProcessing? Find(string? oracle, string? hydrus, string? python, out string? missing)
    {
        var shared = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared"));
        oracle ??= Path.Combine(shared, "oracle");
        hydrus ??= Path.Combine(shared, "peers", "hydrus");
        python ??= "/usr/bin/python3";
        missing = !File.Exists(Path.Combine(oracle, "hydrus_env.py")) ? $"the oracle is not at {oracle} (--oracle DIR)"
            : !Directory.Exists(Path.Combine(hydrus, "hydrus")) ? $"hydrus is not at {hydrus} (--hydrus DIR)"
            : !File.Exists(python) ? $"{python} is missing (--python PATH; hydrus needs Debian's python3 and the packages in ../shared/oracle/README.md)"
            : null;
        return missing is null ? new HydrusProcessing(python, oracle, hydrus) : null;
    }

    public RunResult Run(UpdateSet set, string databaseFolder, int round)
    {
        if (Directory.Exists(databaseFolder))
        {
            Directory.Delete(databaseFolder, recursive: true);
        }

        var load = RunResult.CurrentLoadAverage();
        var info = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Script, oracleFolder, hydrusFolder, set.Listing, set.UpdatesFolder, databaseFolder })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {python}");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var answer = output.Split('\n').FirstOrDefault(line => line.StartsWith(AnswerMarker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"hydrus's processing failed (exit {process.ExitCode}):\n{errors.Result}\n{output}");
        var json = JsonNode.Parse(answer[AnswerMarker.Length..])!;
        return new RunResult("hydrus", round, (long)json["rows"]!, (double)json["seconds"]!, (double)json["processor_seconds"]!, (long)json["mappings"]!, (long)json["database_bytes"]!, load);
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "README.md")) && Directory.Exists(Path.Combine(folder.FullName, "engine")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
