namespace HydraEngine.StoreCrashTest;

/// <summary>What the children reported: imports that returned, and files whose purge may have run.</summary>
internal sealed class CrashLedger
{
    public HashSet<string> Completed { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PurgeStarted { get; } = new(StringComparer.Ordinal);

    /// <summary>Completed imports of the latest round only (re-hashed after each kill).</summary>
    public List<string> LatestRound { get; } = [];

    public void Record(IEnumerable<string> lines)
    {
        LatestRound.Clear();
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            switch (parts[0])
            {
                case "done" when parts[2] != "PreviouslyDeleted":
                    Completed.Add(parts[1]);
                    LatestRound.Add(parts[1]);
                    break;
                case "purging":
                    PurgeStarted.Add(parts[1]);
                    break;
            }
        }
    }

    /// <summary>Hashes that must be present: reported complete and never (possibly) purged.</summary>
    public IEnumerable<string> Expected => Completed.Where(hash => !PurgeStarted.Contains(hash));
}
