namespace HydraEngine.Fuzz;

/// <summary>What a fuzz run found. <see cref="Passed"/>: no unhandled exception, no hang, memory under the limit, every accepted definition reads back.</summary>
public sealed record FuzzReport(
    int Definitions,
    int DefinitionsAccepted,
    int Pages,
    int PagesParsed,
    IReadOnlyList<string> UnhandledExceptions,
    IReadOnlyList<string> Hangs,
    IReadOnlyList<string> AcceptedButNotReadBack,
    TimeSpan SlowestItem,
    long PeakMemoryBytes,
    long MemoryLimitBytes,
    TimeSpan Elapsed)
{
    /// <summary>Hostile requests sent to the Client API.</summary>
    public int ApiRequests { get; init; }

    public bool Passed => UnhandledExceptions.Count == 0 && Hangs.Count == 0 && AcceptedButNotReadBack.Count == 0 && PeakMemoryBytes < MemoryLimitBytes;

    public string Summary() =>
        $"{Definitions} mutated definitions ({DefinitionsAccepted} accepted into a library), {Pages} hostile pages ({PagesParsed} parsed without a parse error), {ApiRequests} hostile Client API requests in {Elapsed.TotalSeconds:0.0} s: " +
        $"{UnhandledExceptions.Count} unhandled exceptions, {Hangs.Count} hangs, {AcceptedButNotReadBack.Count} accepted definitions that do not read back, " +
        $"slowest item {SlowestItem.TotalMilliseconds:0} ms, peak memory {PeakMemoryBytes / (1024 * 1024)} MiB (limit {MemoryLimitBytes / (1024 * 1024)} MiB): {(Passed ? "PASSED" : "FAILED")}" +
        string.Concat(UnhandledExceptions.Concat(Hangs).Concat(AcceptedButNotReadBack).Take(20).Select(line => Environment.NewLine + "  " + line));
}
