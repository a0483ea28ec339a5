namespace HydraEngine.Network;

/// <summary>
/// The one way HydraEngine talks to the web. Every request goes through the same budget: bandwidth rules
/// (global, per domain, per job), concurrency limits, adaptive per-domain politeness, retries that honour
/// Retry-After, per-domain headers and cookies. Only http and https are fetched.
/// Failures are <see cref="NetworkException"/>s whose <see cref="NetworkException.Failure"/> says what happened.
/// </summary>
public interface INetworkEngine
{
    /// <summary>Fetches a page (gallery, post, thread, API answer) whole into memory, up to the page size cap.</summary>
    Task<FetchedPage> FetchPageAsync(NetworkRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams a file into a new temporary file under <paramref name="temporaryFolder"/>, checking it against
    /// Content-Length and <paramref name="expected"/> hashes. A truncated body is resumed with a Range request when
    /// the server allows it. On any failure no file is left behind; on success the caller owns (and deletes) it.
    /// </summary>
    Task<DownloadedFile> DownloadFileAsync(NetworkRequest request, string temporaryFolder, ExpectedHashes? expected = null, CancellationToken cancellationToken = default);

    /// <summary>How long a request for <paramref name="url"/> under <paramref name="job"/> would wait for bandwidth now (zero: it could start).</summary>
    TimeSpan EstimateBandwidthWait(Uri url, NetworkJobContext job);

    /// <summary>What each domain is doing: in flight, waiting on bandwidth or politeness, its current delay.</summary>
    IReadOnlyList<DomainStatus> DomainStatuses();
}

/// <summary>A request. <see cref="Referral"/> becomes the Referer header; <see cref="ExtraHeaders"/> win over every other header source.</summary>
public sealed record NetworkRequest(Uri Url, NetworkJobContext Job)
{
    public string? Referral { get; init; }

    public IReadOnlyDictionary<string, string> ExtraHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>The URL class's header overrides (after domain headers, before Referer and extra headers).</summary>
    public IReadOnlyDictionary<string, string> UrlClassHeaders { get; init; } = new Dictionary<string, string>();
}

/// <summary>Which job a request belongs to, for job-level bandwidth rules and for status: kind + key, e.g. (Subscription, "artists: blue").</summary>
public sealed record NetworkJobContext(NetworkJobKind Kind, string Key)
{
    public static NetworkJobContext Adhoc { get; } = new(NetworkJobKind.Adhoc, "");
}

public enum NetworkJobKind
{
    Adhoc,
    DownloaderPage,
    Subscription,
    Watcher,
}

/// <summary>A fetched page: the final URL after redirects, the status, the declared content type and charset, the raw body.</summary>
public sealed record FetchedPage(Uri RequestedUrl, Uri FinalUrl, int StatusCode, string? ContentType, string? Charset, byte[] Body)
{
    /// <summary>The final answer's response and content headers, in the order they came.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The redirects followed on the way to <see cref="FinalUrl"/>, each as "STATUS URL" of the answer that redirected.</summary>
    public IReadOnlyList<string> Redirects { get; init; } = [];
}

/// <summary>A downloaded file in a temporary path the caller now owns.</summary>
public sealed record DownloadedFile(Uri RequestedUrl, Uri FinalUrl, string TemporaryPath, long Length, string? ContentType, byte[] Sha256);

/// <summary>Hashes a page gave for the file (lower-case hex or raw bytes as hex), by hydrus hash type: md5, sha1, sha256, sha512.</summary>
public sealed record ExpectedHashes(IReadOnlyDictionary<string, string> ByType);

public sealed record DomainStatus(string Domain, int InFlight, TimeSpan BandwidthWait, TimeSpan PolitenessDelay, string? LastProblem);

public enum NetworkFailure
{
    /// <summary>Not http/https, or not a valid absolute URL. Never retried.</summary>
    UnsupportedUrl,
    /// <summary>403, 404 or 400: hydrus treats the page as gone (a watcher's thread is 404).</summary>
    NotFound,
    /// <summary>451.</summary>
    UnavailableForLegalReasons,
    /// <summary>A login-required answer (401, or the login script says not logged in).</summary>
    LoginRequired,
    /// <summary>Another 4xx status.</summary>
    ClientError,
    /// <summary>5xx, 429 or 503 still failing after every retry, or the total wait cap was reached.</summary>
    ServerError,
    /// <summary>Connection refused, reset, dropped, timed out, still failing after every retry.</summary>
    ConnectionFailed,
    /// <summary>The body was shorter than Content-Length and could not be resumed.</summary>
    Truncated,
    /// <summary>The downloaded bytes do not have the hash the page gave.</summary>
    HashMismatch,
    /// <summary>Over the page or file size cap.</summary>
    TooLarge,
    /// <summary>Bandwidth rules would make the request wait longer than the cap on waiting.</summary>
    BandwidthExhausted,
}

/// <summary>A request that failed for good, after retries. Carries the URL, the status (if any) and why.</summary>
public sealed class NetworkException(NetworkFailure failure, Uri? url, int? statusCode, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public NetworkFailure Failure { get; } = failure;

    public Uri? Url { get; } = url;

    public int? StatusCode { get; } = statusCode;

    /// <summary>hydrus's "404" class of answer: the thing is gone, stop asking.</summary>
    public bool IsGone => Failure is NetworkFailure.NotFound;

    /// <summary>Worth trying again later (hydrus backs the queue off for 90 minutes).</summary>
    public bool IsTransient => Failure is NetworkFailure.ServerError or NetworkFailure.ConnectionFailed or NetworkFailure.Truncated or NetworkFailure.BandwidthExhausted;
}
