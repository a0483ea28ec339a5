namespace HydraEngine.Storage.Files;

/// <summary>One file of a bulk import: its result, or why it could not be imported (the store is then unchanged for it).</summary>
public sealed record ImportAttempt(string SourcePath, ImportResult? Result, string? Error)
{
    public bool Succeeded => Result is not null;
}
