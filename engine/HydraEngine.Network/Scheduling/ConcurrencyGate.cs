namespace HydraEngine.Network.Scheduling;

/// <summary>
/// Limits requests in flight, per domain and in total. Waiters queue first-come first-served (SemaphoreSlim keeps
/// its asynchronous waiters in order); a request holds its domain's slot while it queues for a total slot, so a busy
/// domain cannot crowd the others out of the total.
/// </summary>
internal sealed class ConcurrencyGate(int maxTotal, int maxPerDomain) : IDisposable
{
    private readonly SemaphoreSlim total = new(maxTotal, maxTotal);
    private readonly Dictionary<string, SemaphoreSlim> domains = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string domain, CancellationToken cancellationToken)
    {
        SemaphoreSlim domainSlots;
        lock (domains)
        {
            if (!domains.TryGetValue(domain, out domainSlots!))
            {
                domains[domain] = domainSlots = new SemaphoreSlim(maxPerDomain, maxPerDomain);
            }
        }

        await domainSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await total.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            domainSlots.Release();
            throw;
        }

        return new Slots(total, domainSlots);
    }

    public void Dispose()
    {
        total.Dispose();
        lock (domains)
        {
            foreach (var slots in domains.Values)
            {
                slots.Dispose();
            }
        }
    }

    private sealed class Slots(SemaphoreSlim total, SemaphoreSlim domain) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                total.Release();
                domain.Release();
            }
        }
    }
}
