namespace HydraEngine.FixtureBooru.Faults;

/// <summary>
/// One fault switch. By default it faults the first <see cref="FirstAttempts"/> requests of each distinct URL
/// (path and query) it sees, so a client that retries gets through; with <see cref="EveryKth"/> &gt; 0 it instead
/// faults matching requests number K, 2K, 3K… (counted over all URLs). A rule only sees requests in its
/// <see cref="Target"/> (and under <see cref="PathPrefix"/>, when set) that no earlier rule has faulted.
/// </summary>
public sealed record FaultRule(FaultKind Kind, FaultTarget Target = FaultTarget.All)
{
    /// <summary>Fault this many attempts of each distinct URL (ignored when <see cref="EveryKth"/> is set).</summary>
    public int FirstAttempts { get; init; } = 1;

    /// <summary>When above 0: fault every Kth matching request instead of the first attempts per URL.</summary>
    public int EveryKth { get; init; }

    /// <summary>Only requests whose path starts with this (e.g. <c>/files/</c>); null = no path filter.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>The <c>Retry-After</c> seconds of a <see cref="FaultKind.RateLimit"/>.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>The status of a <see cref="FaultKind.ServerError"/> (500 or 503).</summary>
    public int StatusCode { get; init; } = 503;

    /// <summary>The throughput of a <see cref="FaultKind.SlowBody"/>.</summary>
    public int BytesPerSecond { get; init; } = 8192;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(FirstAttempts, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(EveryKth, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryAfterSeconds, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(BytesPerSecond, 1);
        if (StatusCode is < 500 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(StatusCode), StatusCode, "a server error is a 5xx status");
        }

        if (Kind == FaultKind.LoginRequired)
        {
            throw new ArgumentException("login is required through FixtureFaults.RequireLogin, not a rule", nameof(Kind));
        }
    }
}
