using HydraEngine.Downloading.Sites;
using HydraEngine.Downloading.State;
using HydraEngine.Library.Runtime;
using HydraEngine.Network;
using HydraEngine.Parsing.Pages;

namespace HydraEngine.Downloading.Work;

/// <summary>What every job works with: the downloaders, the network, the store, the state, the clock.</summary>
internal sealed class DownloadServices(
    Func<LibraryDownloaders> downloaders,
    INetworkEngine network,
    StoreGate store,
    DownloadDatabase database,
    TimeProvider clock,
    DownloadOptions options,
    IDownloadEvents events,
    PageParserRunner parser,
    ISitePageSource? sites = null)
{
    private readonly object libraryGate = new();

    /// <summary>The library's downloaders now (its connection is not thread-safe, so calls are serialised).</summary>
    public LibraryDownloaders Downloaders
    {
        get
        {
            lock (libraryGate)
            {
                return downloaders();
            }
        }
    }

    public INetworkEngine Network { get; } = network;

    public StoreGate Store { get; } = store;

    public DownloadDatabase Database { get; } = database;

    public FileSeedLogs FileLogs { get; } = new(database);

    public GallerySeedLogs GalleryLogs { get; } = new(database);

    public SeedFailures Failures { get; } = new(database);

    public TimeProvider Clock { get; } = clock;

    /// <summary>Jobs put aside until their domain's bandwidth returns.</summary>
    public BandwidthDeferrals Deferrals { get; } = new(network, clock);

    public DownloadOptions Options { get; } = options;

    public IDownloadEvents Events { get; } = events;

    /// <summary>Runs page parsers with the engine's formula kinds and string steps.</summary>
    public PageParserRunner Parser { get; } = parser;

    /// <summary>Site handlers, asked first for the gallery and post URLs of the classes they handle.</summary>
    public ISitePageSource Sites { get; } = sites ?? NoSitePages.Instance;

    public long Now => Clock.GetUtcNow().ToUnixTimeSeconds();

    public string TemporaryFolder
    {
        get
        {
            var folder = Options.TemporaryFolder ?? Path.Combine(Store.Unsafe.Location.RootFolder, "downloads.tmp");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
