using System.Collections.Concurrent;
using HydraEngine.Network;

namespace HydraEngine.Downloading.Work;

/// <summary>
/// hydrus's queue-level "can do work" check: a job whose next request would wait long for bandwidth (a daily limit,
/// say) does not start it and holds no slot; it is put aside until the bandwidth returns, so other jobs run and
/// nothing fails for want of bandwidth. Keyed by job label.
/// </summary>
internal sealed class BandwidthDeferrals(INetworkEngine network, TimeProvider clock)
{
    /// <summary>Waits shorter than this are simply waited out by the request itself.</summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, long> until = new(StringComparer.Ordinal);

    /// <summary>True (and the job put aside) when a request for <paramref name="url"/> would wait longer than <see cref="Threshold"/>.</summary>
    public bool Defer(string url, NetworkJobContext job)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var wait = network.EstimateBandwidthWait(uri, job);
        if (wait <= Threshold)
        {
            return false;
        }

        until[job.Key] = clock.GetUtcNow().Add(wait).ToUnixTimeSeconds();
        return true;
    }

    /// <summary>When a put-aside job may work again (Unix seconds), or null when it is not put aside.</summary>
    public long? Until(string jobLabel, long now)
    {
        if (until.TryGetValue(jobLabel, out var time))
        {
            if (time > now)
            {
                return time;
            }

            until.TryRemove(jobLabel, out _);
        }

        return null;
    }

    public IEnumerable<long> All => until.Values;
}
