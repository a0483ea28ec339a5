using HydraEngine.Model.Text;
using HydraEngine.Model.Network;
using HydraEngine.Network.Domains;

namespace HydraEngine.Network.Bandwidth;

/// <summary>A network context a request counts against (global, a domain, a job) and the rules it obeys.</summary>
internal sealed record BandwidthContext(string Key, IReadOnlyList<BandwidthRule> Rules);

/// <summary>
/// hydrus's bandwidth manager: one tracker per network context, each context's rules (a domain's Domain Metadata
/// rules replace that domain's defaults), and the check-and-record a request makes before it starts.
/// </summary>
internal sealed class BandwidthManager
{
    private readonly object gate = new();
    private readonly Dictionary<string, BandwidthTracker> trackers;
    private readonly Dictionary<string, IReadOnlyList<BandwidthRule>> domainRules;
    private readonly BandwidthStore? store;
    private readonly TimeProvider clock;

    public BandwidthManager(IEnumerable<DomainMetadataPackage> domainMetadata, BandwidthStore? store, TimeProvider clock)
    {
        domainRules = new(StringComparer.Ordinal);
        foreach (var package in domainMetadata)
        {
            if (package.BandwidthRules is { } rules)
            {
                domainRules[package.Domain.ToLowerInvariant()] = rules.Rules.AsImmutableArray();
            }
        }

        this.store = store;
        this.clock = clock;
        trackers = store?.LoadAll() ?? new(StringComparer.Ordinal);
    }

    /// <summary>The contexts of a request: global, the URL's domain and each parent down to the second level, then the job.</summary>
    public IReadOnlyList<BandwidthContext> ContextsFor(string domain, NetworkJobContext job)
    {
        var contexts = new List<BandwidthContext> { new("global", DefaultBandwidthRules.Global) };
        foreach (var applicable in HydrusDomains.AllApplicable(domain))
        {
            contexts.Add(new("domain:" + applicable, domainRules.GetValueOrDefault(applicable, DefaultBandwidthRules.Domain)));
        }

        if (job.Kind != NetworkJobKind.Adhoc)
        {
            contexts.Add(new(JobPrefix(job.Kind) + job.Key, DefaultBandwidthRules.ForJob(job.Kind)));
        }

        return contexts;
    }

    /// <summary>How long until every context's rules would let a request start.</summary>
    public TimeSpan StartWait(IReadOnlyList<BandwidthContext> contexts) => Wait(contexts, BandwidthRuleChecks.AppliesToStart);

    /// <summary>How long until a running download may read on (short data rules only).</summary>
    public TimeSpan ContinueWait(IReadOnlyList<BandwidthContext> contexts) => Wait(contexts, BandwidthRuleChecks.AppliesToContinue);

    /// <summary>Records a request in every context if all their rules allow it to start now; otherwise changes nothing.</summary>
    public bool TryStart(IReadOnlyList<BandwidthContext> contexts)
    {
        lock (gate)
        {
            if (StartWait(contexts) > TimeSpan.Zero)
            {
                return false;
            }

            ReportRequest(contexts);
            return true;
        }
    }

    /// <summary>Records a request without asking (impolite mode, redirect hops).</summary>
    public void ReportRequest(IReadOnlyList<BandwidthContext> contexts) => Report(contexts, BandwidthType.Requests, 1);

    public void ReportData(IReadOnlyList<BandwidthContext> contexts, long bytes) => Report(contexts, BandwidthType.Data, bytes);

    /// <summary>How often finished requests write usage (dispose always writes): a crash loses at most this much.</summary>
    public static readonly TimeSpan SaveInterval = TimeSpan.FromSeconds(2);

    private long lastSaved;

    /// <summary>Writes changed trackers when the last write is older than <see cref="SaveInterval"/>.</summary>
    public void SaveIfDue()
    {
        if (clock.GetElapsedTime(Interlocked.Read(ref lastSaved)) >= SaveInterval)
        {
            Save();
        }
    }

    /// <summary>Writes every changed tracker to the state database (nothing when there is none).</summary>
    public void Save()
    {
        if (store is null)
        {
            return;
        }

        Interlocked.Exchange(ref lastSaved, clock.GetTimestamp());

        List<(string, IReadOnlyList<(BandwidthType, int, long, long)>)> changed;
        lock (gate)
        {
            var now = clock.GetUtcNow();
            changed = [];
            foreach (var (key, tracker) in trackers)
            {
                tracker.Prune(now);
                if (tracker.Dirty)
                {
                    changed.Add((key, tracker.Buckets().ToList()));
                    tracker.Dirty = false;
                }
            }
        }

        if (changed.Count > 0)
        {
            store.Save(changed);
        }
    }

    private TimeSpan Wait(IReadOnlyList<BandwidthContext> contexts, Func<BandwidthRule, bool> applies)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var wait = TimeSpan.Zero;
            foreach (var context in contexts)
            {
                if (context.Rules.Count > 0 && trackers.TryGetValue(context.Key, out var tracker))
                {
                    var contextWait = BandwidthRuleChecks.Wait(context.Rules, applies, tracker, now);
                    wait = contextWait > wait ? contextWait : wait;
                }
            }

            return wait;
        }
    }

    private void Report(IReadOnlyList<BandwidthContext> contexts, BandwidthType type, long amount)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            foreach (var context in contexts)
            {
                if (!trackers.TryGetValue(context.Key, out var tracker))
                {
                    trackers[context.Key] = tracker = new BandwidthTracker();
                }

                tracker.Report(type, amount, now);
            }
        }
    }

    private static string JobPrefix(NetworkJobKind kind) => kind switch
    {
        NetworkJobKind.DownloaderPage => "downloader page:",
        NetworkJobKind.Subscription => "subscription:",
        NetworkJobKind.Watcher => "watcher:",
        _ => "adhoc:",
    };
}
