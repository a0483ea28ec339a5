namespace HydraEngine.Network;

/// <summary>
/// How a <see cref="NetworkEngine"/> behaves. The defaults are polite: hydrus's bandwidth rules, adaptive per-domain
/// spacing, a few connections per domain, retries with backoff.
/// </summary>
public sealed record NetworkOptions
{
    /// <summary>hydrus's default global custom headers, in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> HydrusDefaultHeaders { get; } =
    [
        new("User-Agent", "Mozilla/5.0 (compatible; Hydrus Client)"),
        new("Accept", "image/jpeg,image/png,image/*;q=0.9,*/*;q=0.8"),
        new("Cache-Control", "no-transform"),
    ];

    /// <summary>False: no bandwidth rules and no politeness delays (usage is still recorded). For benchmarks.</summary>
    public bool Polite { get; init; } = true;

    /// <summary>Requests in flight at once, over every domain.</summary>
    public int MaxConcurrentRequests { get; init; } = 16;

    /// <summary>Requests in flight at once to one domain.</summary>
    public int MaxConcurrentPerDomain { get; init; } = 2;

    /// <summary>One attempt's limit, from sending the request to the last byte of a page (a file's body is bounded by <see cref="StallTimeout"/> instead).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Opening a TCP (and TLS) connection.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>A file body that delivers nothing for this long counts as dropped.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per request, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first retry's backoff; it doubles for each later attempt (with ±20% jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest backoff between two attempts when the server gives no Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Cap on one request's waiting, for bandwidth, politeness and retries together.</summary>
    public TimeSpan MaxTotalWait { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The largest page <see cref="INetworkEngine.FetchPageAsync"/> reads.</summary>
    public long MaxPageBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The largest file <see cref="INetworkEngine.DownloadFileAsync"/> writes.</summary>
    public long MaxFileBytes { get; init; } = 8L * 1024 * 1024 * 1024;

    /// <summary>Redirects followed per attempt.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>The SQLite database keeping cookies and bandwidth usage (<c>net_*</c> tables); null keeps them in memory.</summary>
    public string? StatePath { get; init; }

    /// <summary>The pragmas of the state database's connection (the engine's synchronous level and profiler).</summary>
    public HydraEngine.Database.DatabaseOptions Database { get; init; } = HydraEngine.Database.DatabaseOptions.Default;

    /// <summary>The global custom headers, sent first and overridden by every other source.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> GlobalHeaders { get; init; } = HydrusDefaultHeaders;

    /// <summary>An answer slower than this (headers received) counts as a sign of strain and widens the domain's spacing.</summary>
    public TimeSpan SlowAnswer { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A handler to send through instead of the engine's own (not disposed by the engine).</summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>Every problem with these options, together; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Positive(MaxConcurrentRequests, nameof(MaxConcurrentRequests), problems);
        Positive(MaxConcurrentPerDomain, nameof(MaxConcurrentPerDomain), problems);
        Positive(MaxAttempts, nameof(MaxAttempts), problems);
        Positive(MaxPageBytes, nameof(MaxPageBytes), problems);
        Positive(MaxFileBytes, nameof(MaxFileBytes), problems);
        foreach (var (value, name) in new[]
        {
            (RequestTimeout, nameof(RequestTimeout)), (ConnectTimeout, nameof(ConnectTimeout)), (StallTimeout, nameof(StallTimeout)),
            (MaxRetryDelay, nameof(MaxRetryDelay)), (SlowAnswer, nameof(SlowAnswer)),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                problems.Add($"{name} must be positive, not {value}");
            }
        }

        if (MaxRedirects < 0)
        {
            problems.Add($"{nameof(MaxRedirects)} must not be negative, not {MaxRedirects}");
        }

        if (RetryBaseDelay < TimeSpan.Zero || MaxTotalWait < TimeSpan.Zero)
        {
            problems.Add($"{nameof(RetryBaseDelay)} and {nameof(MaxTotalWait)} must not be negative");
        }

        return problems;
    }

    private static void Positive(long value, string name, List<string> problems)
    {
        if (value <= 0)
        {
            problems.Add($"{name} must be at least 1, not {value}");
        }
    }
}
