namespace HydraEngine.Network.Retries;

/// <summary>What went wrong with one attempt in a way worth another try.</summary>
internal enum RetryableKind
{
    /// <summary>429, 503 or another 5xx.</summary>
    Status,
    /// <summary>Refused, reset or dropped before an answer.</summary>
    Connection,
    /// <summary>No answer (or no more body) within the time limit.</summary>
    Timeout,
    /// <summary>The body ended before Content-Length.</summary>
    Truncated,
    /// <summary>The host's name does not resolve or nothing listens on its port (tried again at most once).</summary>
    Unreachable,
}

/// <summary>One failed attempt the retry pipeline may repeat; never escapes the engine.</summary>
internal sealed class RetryableFailure(RetryableKind kind, string description, int? statusCode = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(description, inner)
{
    public RetryableKind Kind { get; } = kind;

    public int? StatusCode { get; } = statusCode;

    /// <summary>The server's Retry-After, when it gave one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Whether this is the server saying it is overloaded (429, 503), which widens the domain's spacing.</summary>
    public bool IsStrain => StatusCode is 429 or 503;

    /// <summary>The failure this becomes when retries run out.</summary>
    public NetworkFailure FinalFailure => Kind switch
    {
        RetryableKind.Status => NetworkFailure.ServerError,
        RetryableKind.Truncated => NetworkFailure.Truncated,
        _ => NetworkFailure.ConnectionFailed,
    };
}
