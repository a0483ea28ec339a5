using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// An import's lines and counts: errors always (held until a progress bar is gone), a line per file only when verbose,
/// and the summary "N imported, N already in db, N previously deleted, N failed".
/// </summary>
internal sealed class ImportLog(TextWriter output, TextWriter error, bool verbose)
{
    private static readonly string[] Statuses = ["imported", "already in db", "previously deleted", "failed"];

    private readonly List<(bool IsError, string Text)> held = [];
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public int Failed => counts.GetValueOrDefault("failed");

    /// <summary>Files that took something from a sidecar.</summary>
    public int SidecarsRead { get; set; }

    public void Add(ImportAttempt attempt)
    {
        var status = attempt.Result?.StatusText ?? "failed";
        counts[status] = counts.GetValueOrDefault(status) + 1;
        if (attempt.Result is { } result)
        {
            if (verbose)
            {
                Emit(false, $"{status,-18} {result.Hash.ToHex()}  {attempt.SourcePath}");
            }
        }
        else
        {
            Emit(true, $"error: {attempt.Error}");
        }
    }

    public void Problem(string text) => Emit(true, text);

    /// <summary>Writes what was held while a progress bar was on screen.</summary>
    public void Flush()
    {
        foreach (var (isError, text) in held)
        {
            (isError ? error : output).WriteLine(text);
        }

        held.Clear();
    }

    public string Summary() => string.Join(", ", Statuses.Select(status => $"{counts.GetValueOrDefault(status)} {status}"));

    private void Emit(bool isError, string text)
    {
        if (StoreProgress.Interactive)
        {
            held.Add((isError, text));
        }
        else
        {
            (isError ? error : output).WriteLine(text);
        }
    }
}
