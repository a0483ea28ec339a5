namespace HydraEngine.Storage.Duplicates;

/// <summary>What an auto-resolution run decided (and, unless a dry run, applied).</summary>
public sealed record AutoResolutionReport(bool DryRun, IReadOnlyList<string> Rules, int PairsTested, IReadOnlyList<AutoResolutionDecision> Decisions);
