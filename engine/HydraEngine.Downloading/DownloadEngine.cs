using HydraEngine.Downloading.Galleries;
using HydraEngine.Downloading.Queues;
using HydraEngine.Downloading.Running;
using HydraEngine.Downloading.Sites;
using HydraEngine.Downloading.State;
using HydraEngine.Downloading.Subscriptions;
using HydraEngine.Downloading.Watchers;
using HydraEngine.Downloading.Work;
using HydraEngine.Library.Runtime;
using HydraEngine.Network;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Parsing.Pages;
using HydraEngine.Storage;

namespace HydraEngine.Downloading;

/// <summary>
/// The downloader: gallery downloads, URL queues, thread watchers and subscriptions, all kept as rows in the
/// store's database so a restart resumes where it stopped. Work happens in <see cref="RunAsync"/>; everything
/// else only changes state. One engine per store per process; not for use from several threads at once except
/// through <see cref="RunAsync"/>.
/// </summary>
public sealed partial class DownloadEngine : IDisposable
{
    private readonly DownloadDatabase database;

    private DownloadEngine(DownloadDatabase database, DownloadServices services)
    {
        this.database = database;
        Services = services;
        GalleryDownloadRows = new GalleryDownloads(database, services.FileLogs);
        WatcherRows = new Watchers.Watchers(database, services.FileLogs);
        SubscriptionRows = new Subscriptions.Subscriptions(database, services.FileLogs);
        UrlQueueRows = new UrlQueues(database, services.FileLogs);
        GalleryJob = new GalleryDownloadJob(services, GalleryDownloadRows);
        WatcherJob = new WatcherJob(services, WatcherRows);
        SubscriptionJob = new SubscriptionSyncJob(services, SubscriptionRows);
        QueueJob = new UrlQueueJob(services);
        Settings = new DownloadSettings(database);
    }

    internal DownloadServices Services { get; }

    /// <summary>Raised when work is queued, so a run in this process starts it at once.</summary>
    internal WorkSignal Signal { get; } = new();

    internal GalleryDownloads GalleryDownloadRows { get; }

    internal IEnumerable<GalleryDownload> GalleryDownloadJobs => GalleryDownloadRows.All();

    internal Watchers.Watchers WatcherRows { get; }

    internal Subscriptions.Subscriptions SubscriptionRows { get; }

    internal UrlQueues UrlQueueRows { get; }

    internal GalleryDownloadJob GalleryJob { get; }

    internal WatcherJob WatcherJob { get; }

    internal SubscriptionSyncJob SubscriptionJob { get; }

    internal UrlQueueJob QueueJob { get; }

    internal DownloadSettings Settings { get; }

    /// <summary>Every job is paused (`hydra pause --all`).</summary>
    public bool AllPaused => Settings.GetBool(DownloadSettings.AllPausedKey);

    /// <summary>Subscriptions are paused globally.</summary>
    public bool SubscriptionsPaused => Settings.GetBool(DownloadSettings.SubscriptionsPausedKey);

    /// <summary>
    /// Opens the download state in the store's database and ties it to the library, the network, the clock and the
    /// engine's parsing (<paramref name="formulae"/>: its formula kinds and string steps; the built-in ones when null).
    /// </summary>
    public static DownloadEngine Open(HydraStore store, Func<LibraryDownloaders> downloaders, INetworkEngine network, TimeProvider? clock = null, DownloadOptions? options = null, IDownloadEvents? events = null, FormulaEngine? formulae = null, ISitePageSource? sites = null)
    {
        var database = DownloadDatabase.Open(store.Location.DatabasePath, store.Options.Database);
        var services = new DownloadServices(downloaders, network, new StoreGate(store), database, clock ?? TimeProvider.System, options ?? DownloadOptions.Default, events ?? NoDownloadEvents.Instance, new PageParserRunner(formulae), sites);
        return new DownloadEngine(database, services);
    }

    /// <summary>Works through everything due until cancelled (or until idle, if asked).</summary>
    /// <exception cref="DownloadException">another run (in any process) is working on this store.</exception>
    public async Task<RunSummary> RunAsync(RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var exclusive = RunLock.Acquire(Services.Store.Unsafe.Location.RootFolder);
        RunLock.SweepPartials(Services.TemporaryFolder);
        return await new DownloadRunner(this).RunAsync(options ?? new RunOptions(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the store through the gate every download job uses, so a caller on another thread
    /// (an HTTP request while <c>hydra serve</c> runs downloads) never shares the store's connection with a job.
    /// </summary>
    public T UseStore<T>(Func<HydraStore, T> work) => Services.Store.Use(work);

    public void SetAllPaused(bool paused)
    {
        Settings.SetBool(DownloadSettings.AllPausedKey, paused);
        Signal.Raise();
    }

    public void SetSubscriptionsPaused(bool paused)
    {
        Settings.SetBool(DownloadSettings.SubscriptionsPausedKey, paused);
        Signal.Raise();
    }

    public void Dispose() => database.Dispose();
}
