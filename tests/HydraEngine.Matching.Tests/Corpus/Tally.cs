namespace HydraEngine.Matching.Tests.Corpus;

/// <summary>Counts checks and keeps the first failures of a conformance run.</summary>
internal sealed class Tally
{
    public int Checked { get; private set; }

    public List<string> Failures { get; } = [];

    public void Check(string? expected, string? actual, string what)
    {
        Checked++;
        if (expected != actual)
        {
            Failures.Add($"{what}: expected {expected ?? "null"}, ours {actual ?? "null"}");
        }
    }

    public string Rate => $"{Checked - Failures.Count}/{Checked} ({100.0 * (Checked - Failures.Count) / Math.Max(1, Checked):0.00}%)";
}
