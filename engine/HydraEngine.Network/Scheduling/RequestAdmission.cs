using HydraEngine.Network.Bandwidth;
using HydraEngine.Network.Politeness;

namespace HydraEngine.Network.Scheduling;

/// <summary>
/// Lets one attempt start: waits (on the clock, within the budget) until bandwidth rules and the domain's politeness
/// allow it, takes a concurrency slot, then checks and records the start atomically, so concurrent requests never
/// slip past a rule together.
/// </summary>
internal sealed class RequestAdmission(
    BandwidthManager bandwidth, DomainPoliteness politeness, ConcurrencyGate gate, DomainActivity activity, TimeProvider clock, bool polite)
{
    private readonly object sync = new();

    /// <summary>The wait a request to <paramref name="target"/> would have now.</summary>
    public TimeSpan Wait(RequestTarget target)
    {
        if (!polite)
        {
            return TimeSpan.Zero;
        }

        var bandwidthWait = bandwidth.StartWait(target.Contexts);
        var politenessWait = politeness.Wait(target.Domain);
        return bandwidthWait > politenessWait ? bandwidthWait : politenessWait;
    }

    /// <summary>Waits for the start; the returned lease ends the request's time in flight.</summary>
    public async Task<IDisposable> EnterAsync(RequestTarget target, WaitBudget budget, CancellationToken cancellationToken)
    {
        activity.Touch(target.Domain);
        while (true)
        {
            var wait = Wait(target);
            if (wait > TimeSpan.Zero)
            {
                if (!budget.TrySpend(wait))
                {
                    throw new NetworkException(
                        NetworkFailure.BandwidthExhausted, target.Url, null,
                        $"GET {target.Url} would wait {Describe(wait)} for bandwidth rules and politeness on {target.Domain}, " +
                        $"more than the {Describe(budget.Remaining)} left of the {Describe(budget.Cap)} cap on waiting");
                }

                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var slots = await gate.EnterAsync(target.Domain, cancellationToken).ConfigureAwait(false);
            lock (sync)
            {
                if (!polite || (politeness.Wait(target.Domain) == TimeSpan.Zero && bandwidth.TryStart(target.Contexts)))
                {
                    if (!polite)
                    {
                        bandwidth.ReportRequest(target.Contexts);
                    }

                    politeness.MarkStarted(target.Domain);
                    activity.Started(target.Domain);
                    return new Lease(slots, activity, target.Domain);
                }
            }

            slots.Dispose();
        }
    }

    internal static string Describe(TimeSpan span) =>
        span.TotalSeconds < 120 ? $"{span.TotalSeconds:0.#} s" : span.TotalMinutes < 120 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalHours:0.#} h";

    private sealed class Lease(IDisposable slots, DomainActivity activity, string domain) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                activity.Finished(domain);
                slots.Dispose();
            }
        }
    }
}
