namespace HydraEngine.FixtureBooru.Logging;

/// <summary>
/// Every request the server answered, in arrival order (thread-safe). An entry is written just before the body
/// is sent, so it is present once a client has the response.
/// </summary>
public sealed class FixtureRequestLog
{
    private readonly object gate = new();
    private readonly List<FixtureRequest> entries = [];

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>A copy of every entry so far.</summary>
    public IReadOnlyList<FixtureRequest> Snapshot()
    {
        lock (gate)
        {
            return entries.ToList();
        }
    }

    /// <summary>Requests for exactly this path and query.</summary>
    public int CountFor(string pathAndQuery) => Snapshot().Count(entry => entry.PathAndQuery == pathAndQuery);

    /// <summary>Requests for this path, whatever the query.</summary>
    public int CountPath(string path) => Snapshot().Count(entry => entry.Path == path);

    /// <summary>Request counts by path (query ignored).</summary>
    public IReadOnlyDictionary<string, int> CountsByPath() =>
        Snapshot().GroupBy(entry => entry.Path, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

    /// <summary>Requests whose server-clock time is in [from, to).</summary>
    public IReadOnlyList<FixtureRequest> Between(DateTimeOffset from, DateTimeOffset to) =>
        Snapshot().Where(entry => entry.Time >= from && entry.Time < to).ToList();

    /// <summary>Requests that completed with a 2xx status and no fault, for this path.</summary>
    public int SuccessfulCount(string path) =>
        Snapshot().Count(entry => entry.Path == path && entry.Status is >= 200 and < 300 && entry.Fault is null);

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    internal int Add(FixtureRequest entry)
    {
        lock (gate)
        {
            entries.Add(entry);
            return entries.Count - 1;
        }
    }

    internal void Replace(int index, FixtureRequest original, FixtureRequest entry)
    {
        lock (gate)
        {
            if (index < entries.Count && ReferenceEquals(entries[index], original))
            {
                entries[index] = entry;
            }
        }
    }
}
