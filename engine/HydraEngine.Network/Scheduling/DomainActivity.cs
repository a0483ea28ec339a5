namespace HydraEngine.Network.Scheduling;

/// <summary>What each domain is doing, for <see cref="INetworkEngine.DomainStatuses"/>: requests in flight and the last problem.</summary>
internal sealed class DomainActivity
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Domain, int InFlight, string? LastProblem)> Snapshot()
    {
        lock (entries)
        {
            return entries.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => (pair.Key, pair.Value.InFlight, pair.Value.LastProblem))
                .ToList();
        }
    }

    /// <summary>Makes the domain known (it appears in statuses from its first request on).</summary>
    public void Touch(string domain)
    {
        lock (entries)
        {
            Get(domain);
        }
    }

    public void Started(string domain)
    {
        lock (entries)
        {
            Get(domain).InFlight++;
        }
    }

    public void Finished(string domain)
    {
        lock (entries)
        {
            Get(domain).InFlight--;
        }
    }

    public void Problem(string domain, string problem)
    {
        lock (entries)
        {
            Get(domain).LastProblem = problem;
        }
    }

    private Entry Get(string domain)
    {
        if (!entries.TryGetValue(domain, out var entry))
        {
            entries[domain] = entry = new Entry();
        }

        return entry;
    }

    private sealed class Entry
    {
        public int InFlight { get; set; }

        public string? LastProblem { get; set; }
    }
}
