using HydraEngine.Model.Login;
using HydraEngine.Model.Network;
using HydraEngine.Network.Bandwidth;
using HydraEngine.Network.Cookies;
using HydraEngine.Network.Files;
using HydraEngine.Network.Headers;
using HydraEngine.Network.Login;
using HydraEngine.Network.Pages;
using HydraEngine.Network.Politeness;
using HydraEngine.Network.Retries;
using HydraEngine.Network.Scheduling;
using HydraEngine.Network.State;
using HydraEngine.Network.Transport;

namespace HydraEngine.Network;

/// <summary>
/// The engine's <see cref="INetworkEngine"/>: one HTTP client, hydrus's bandwidth rules and headers, adaptive
/// politeness, concurrency limits, Polly retries, a persistent cookie jar and simple login scripts, all on one clock.
/// Create it with <see cref="Create(NetworkOptions, IEnumerable{DomainMetadataPackage}, TimeProvider)"/>; dispose it
/// to save bandwidth usage and close the state database.
/// </summary>
public sealed class NetworkEngine : INetworkEngine, IAsyncDisposable
{
    private readonly StateDatabase? database;
    private LoginCredentials? credentials;
    private readonly BandwidthManager bandwidth;
    private readonly DomainPoliteness politeness;
    private readonly ConcurrencyGate gate;
    private readonly DomainActivity activity;
    private readonly RequestAdmission admission;
    private readonly HttpTransport transport;
    private readonly RequestRunner runner;
    private readonly BodyPump pump;
    private readonly FileDownloader files;
    private readonly LoginRunner logins;

    private NetworkEngine(NetworkOptions options, IReadOnlyList<DomainMetadataPackage> domainMetadata, TimeProvider clock, StateDatabase? database)
    {
        Options = options;
        this.database = database;
        bandwidth = new BandwidthManager(domainMetadata, database is null ? null : new BandwidthStore(database), clock);
        Cookies = new NetworkCookies(database is null ? null : new CookieStore(database), clock);
        politeness = new DomainPoliteness(clock);
        gate = new ConcurrencyGate(options.MaxConcurrentRequests, options.MaxConcurrentPerDomain);
        activity = new DomainActivity();
        admission = new RequestAdmission(bandwidth, politeness, gate, activity, clock, options.Polite);
        Headers = new NetworkHeaders(database is null ? null : new HeaderStore(database));
        Limits = new Limits.SizeLimits(options, database is null ? null : new Limits.SizeLimitStore(database));
        transport = new HttpTransport(options, new HeaderComposer(options.GlobalHeaders, domainMetadata, Headers), Cookies);
        runner = new RequestRunner(options, bandwidth, admission, politeness, activity, transport, RetryPipelineFactory.Create(options, clock), clock);
        pump = new BodyPump(bandwidth, clock, options.Polite);
        files = new FileDownloader(runner, pump, options, Limits);
        logins = new LoginRunner(runner, pump, Cookies, options.MaxPageBytes);
    }

    public NetworkOptions Options { get; }

    /// <summary>Credentials users gave for login scripts, per domain (kept in the state database when there is one; never printed).</summary>
    public LoginCredentials Credentials => LazyInitializer.EnsureInitialized(ref credentials, () => new LoginCredentials(database));

    /// <summary>The cookie jar: list, set and clear cookies (kept in the state database when there is one).</summary>
    public NetworkCookies Cookies { get; }

    /// <summary>Headers set at run time, globally or per domain (the Client API's user agent and custom headers).</summary>
    public NetworkHeaders Headers { get; }

    /// <summary>The largest page and file read per domain (`hydra limits`), over the options' defaults.</summary>
    public Limits.SizeLimits Limits { get; }

    /// <summary>
    /// An engine with <paramref name="options"/>; each Domain Metadata package's headers apply to its domain and its
    /// bandwidth rules replace that domain's defaults. Every problem with the options is reported in one <see cref="ArgumentException"/>.
    /// </summary>
    public static NetworkEngine Create(NetworkOptions options, IEnumerable<DomainMetadataPackage> domainMetadata, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(domainMetadata);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("the network options will not do: " + string.Join("; ", problems), nameof(options));
        }

        var database = options.StatePath is { } path ? StateDatabase.Open(path, options.Database) : null;
        return new NetworkEngine(options, [.. domainMetadata], clock, database);
    }

    /// <summary>An engine with no domain metadata, on the system clock.</summary>
    public static NetworkEngine Create(NetworkOptions options) => Create(options, [], TimeProvider.System);

    /// <inheritdoc />
    public Task<FetchedPage> FetchPageAsync(NetworkRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request, HttpPlan.Get, new PageReader(pump, Limits.MaxPageBytesFor(request.Url)), cancellationToken);
    }

    /// <summary>
    /// A page as <see cref="FetchPageAsync"/> fetches it (the domain's headers and cookies, redirects followed), but an
    /// answer of any status is returned as it came, to be inspected (the editor's fetch), rather than failing or retried.
    /// </summary>
    public Task<FetchedPage> InspectPageAsync(NetworkRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request, HttpPlan.Get, new PageReader(pump, Limits.MaxPageBytesFor(request.Url), anyStatus: true), cancellationToken);
    }

    /// <inheritdoc />
    public Task<DownloadedFile> DownloadFileAsync(NetworkRequest request, string temporaryFolder, ExpectedHashes? expected = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return files.DownloadAsync(request, temporaryFolder, expected, cancellationToken);
    }

    /// <inheritdoc />
    public TimeSpan EstimateBandwidthWait(Uri url, NetworkJobContext job) => admission.Wait(runner.TargetFor(url, job));

    /// <inheritdoc />
    public IReadOnlyList<DomainStatus> DomainStatuses() =>
        activity.Snapshot()
            .Select(entry => new DomainStatus(
                entry.Domain,
                entry.InFlight,
                Options.Polite ? bandwidth.StartWait(bandwidth.ContextsFor(entry.Domain, NetworkJobContext.Adhoc)) : TimeSpan.Zero,
                politeness.Spacing(entry.Domain),
                entry.LastProblem))
            .ToList();

    /// <summary>Imports a Netscape cookies.txt file; returns how many cookies it held. Malformed lines are reported by number and nothing is imported.</summary>
    public int ImportNetscapeCookies(string path)
    {
        using var reader = new StreamReader(path);
        return ImportNetscapeCookies(reader);
    }

    /// <inheritdoc cref="ImportNetscapeCookies(string)"/>
    public int ImportNetscapeCookies(TextReader reader)
    {
        var cookies = NetscapeCookieFile.Read(reader);
        Cookies.Set(cookies);
        return cookies.Count;
    }

    /// <summary>Imports a Firefox cookies.sqlite; returns how many cookies it held.</summary>
    public int ImportFirefoxCookies(string path)
    {
        var cookies = FirefoxCookieFile.Read(path);
        Cookies.Set(cookies);
        return cookies.Count;
    }

    /// <summary>Logs in with <paramref name="script"/> on its first example domain. See <see cref="LoginAsync(LoginScript, string, IReadOnlyDictionary{string, string}, CancellationToken)"/>.</summary>
    public Task LoginAsync(LoginScript script, IReadOnlyDictionary<string, string> credentials, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (script.ExampleDomains.Count == 0)
        {
            throw new ArgumentException($"login script '{script.Name}' names no example domain; say which domain to log in to", nameof(script));
        }

        return LoginAsync(script, script.ExampleDomains[0].Domain, credentials, cancellationToken);
    }

    /// <summary>
    /// Runs the login script's steps against <paramref name="domain"/> with <paramref name="credentials"/> (by
    /// credential name), keeping the cookies they set. A failed step, bad credentials or a missing required cookie
    /// is a <see cref="NetworkException"/> with <see cref="NetworkFailure.LoginRequired"/> that says which.
    /// </summary>
    public Task LoginAsync(LoginScript script, string domain, IReadOnlyDictionary<string, string> credentials, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentException.ThrowIfNullOrWhiteSpace(domain);
        ArgumentNullException.ThrowIfNull(credentials);
        return logins.LoginAsync(script, domain, credentials, cancellationToken);
    }

    /// <summary>hydrus's logged-in test: every cookie the script requires is present for <paramref name="domain"/> and matches.</summary>
    public bool IsLoggedIn(LoginScript script, string domain)
    {
        ArgumentNullException.ThrowIfNull(script);
        return logins.IsLoggedIn(script, domain);
    }

    /// <summary>Saves bandwidth usage and releases the client and the state database.</summary>
    public ValueTask DisposeAsync()
    {
        bandwidth.Save();
        transport.Dispose();
        gate.Dispose();
        database?.Dispose();
        return ValueTask.CompletedTask;
    }
}
