namespace HydraEngine.FixtureBooru.Faults;

/// <summary>What an injected fault does to a response.</summary>
public enum FaultKind
{
    /// <summary>429 Too Many Requests with a <c>Retry-After</c> header (seconds).</summary>
    RateLimit,

    /// <summary>A 5xx status (500 or 503, see <see cref="FaultRule.StatusCode"/>).</summary>
    ServerError,

    /// <summary>The connection is aborted before any response byte is sent.</summary>
    DropConnection,

    /// <summary>Headers announce the full Content-Length, half the body is sent, then the connection is closed.</summary>
    TruncateBody,

    /// <summary>The whole body, throttled to <see cref="FaultRule.BytesPerSecond"/> (real time).</summary>
    SlowBody,

    /// <summary>403 because <see cref="FixtureFaults.RequireLogin"/> is on and the request has no session cookie.</summary>
    LoginRequired,
}

/// <summary>Which requests a fault rule applies to (combinable).</summary>
[Flags]
public enum FaultTarget
{
    None = 0,

    /// <summary>HTML pages: gallery, post, thread and members pages.</summary>
    Pages = 1,

    /// <summary>The JSON API under <c>/api/</c>.</summary>
    Api = 2,

    /// <summary>Files under <c>/files/</c>.</summary>
    Files = 4,

    All = Pages | Api | Files,
}
