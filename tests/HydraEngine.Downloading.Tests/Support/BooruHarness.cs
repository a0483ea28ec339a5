using HydraEngine.Definitions;
using HydraEngine.FixtureBooru;
using HydraEngine.Host;
using HydraEngine.Library;
using HydraEngine.Model.Network;
using HydraEngine.Network;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Testing;

namespace HydraEngine.Downloading.Tests.Support;

/// <summary>
/// The whole downloader over real loopback HTTP: the fixture booru on a free port, its downloader (parsers/fixture-booru,
/// rewritten to that port) imported into a fresh library, and an engine built by the composition root
/// (<see cref="HydraEngineHost"/>) as the CLI and <c>hydra serve</c> build theirs. Downloads run on the harness's clock;
/// the network keeps real time, so an accelerated clock does not rush timeouts and retries.
/// </summary>
public sealed class BooruHarness : IAsyncDisposable
{
    private readonly TemporaryFolder folder = new();
    private HydraEngineInstance? instance;

    private BooruHarness(FixtureBooruServer booru, TimeProvider clock)
    {
        Booru = booru;
        Clock = clock;
        DatabasePath = folder.File("hydra.db");
    }

    public FixtureBooruServer Booru { get; }

    public TimeProvider Clock { get; }

    public string DatabasePath { get; }

    public HydraEngineInstance Instance => instance ?? throw new InvalidOperationException("the engine is not open");

    public HydraStore Store => Instance.Store;

    public DownloaderLibrary Library => Instance.Library;

    public NetworkEngine? Network => instance?.Network;

    public DownloadEngine? Engine => instance?.Downloads;

    public EventRecorder Events { get; } = new();

    public string Base => $"http://127.0.0.1:{Booru.Port}";

    public static async Task<BooruHarness> StartAsync(FixtureBooruOptions? options = null, TimeProvider? clock = null, bool polite = false, DownloadOptions? downloadOptions = null)
    {
        var time = clock ?? TimeProvider.System;
        var booru = await FixtureBooruServer.StartAsync((options ?? new FixtureBooruOptions()) with { Port = 0, Clock = time });
        var harness = new BooruHarness(booru, time);
        harness.OpenEngine(polite, downloadOptions);
        harness.Library.Import(DownloaderFiles(booru.Port, harness.folder.File("downloader")));
        harness.OpenEngine(polite, downloadOptions);
        return harness;
    }

    /// <summary>
    /// (Re)opens the engine on the same store, as a restarted process would. <paramref name="domainMetadata"/> is
    /// imported into the library first, as <c>hydra downloaders import</c> would, so the network reads it from there.
    /// </summary>
    public void OpenEngine(bool polite = false, DownloadOptions? options = null, NetworkOptions? networkOptions = null, IEnumerable<DomainMetadataPackage>? domainMetadata = null)
    {
        if (domainMetadata is not null)
        {
            var sources = domainMetadata.Select(package => new DefinitionLoadResult(package.Domain, DefinitionFormat.NativeJson, package, [], [])).ToList();
            Library.ApplyImport(Library.PlanImport(sources));
        }

        instance?.Dispose();
        instance = null;
        var network = networkOptions ?? new NetworkOptions { Polite = polite, RetryBaseDelay = TimeSpan.FromMilliseconds(50), MaxRetryDelay = TimeSpan.FromSeconds(1) };
        instance = HydraEngineHost.Open(new HydraEngineOptions(new StoreLocation(DatabasePath))
        {
            Clock = Clock,
            NetworkClock = TimeProvider.System,
            Network = network,
            Downloads = options ?? DownloadOptions.Default,
            Events = Events,
        });
    }

    public Task<HydraEngine.Downloading.Running.RunSummary> RunUntilIdleAsync(CancellationToken cancellationToken = default) =>
        Engine!.RunAsync(new HydraEngine.Downloading.Running.RunOptions(StopWhenIdle: true), cancellationToken);

    /// <summary>The booru's downloader files with "127.0.0.1:8089" rewritten to <paramref name="port"/>.</summary>
    public static IReadOnlyList<string> DownloaderFiles(int port, string into) =>
        FixtureDownloader.WriteFiles(Path.Combine(RepositoryPaths.Root, "parsers", "fixture-booru"), port, into);

    public async ValueTask DisposeAsync()
    {
        if (instance is not null)
        {
            await instance.DisposeAsync();
        }

        await Booru.DisposeAsync();
        folder.Dispose();
    }
}
