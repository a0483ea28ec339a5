using HydraEngine.FixtureBooru;
using HydraEngine.Library;
using HydraEngine.Network;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Testing;

namespace HydraEngine.Downloading.Tests.Support;

/// <summary>
/// The whole downloader over real loopback HTTP: the fixture booru on a free port, its downloader (parsers/fixture-booru,
/// rewritten to that port) imported into a fresh library, a fresh store, a network engine and a download engine.
/// </summary>
public sealed class BooruHarness : IAsyncDisposable
{
    private readonly TemporaryFolder folder = new();

    private BooruHarness(FixtureBooruServer booru, TimeProvider clock)
    {
        Booru = booru;
        Clock = clock;
        DatabasePath = folder.File("hydra.db");
        Store = HydraStore.Open(new StoreLocation(DatabasePath));
        Library = DownloaderLibrary.Open(DatabasePath);
        Library.Import(DownloaderFiles(booru.Port, folder.File("downloader")));
    }

    public FixtureBooruServer Booru { get; }

    public TimeProvider Clock { get; }

    public string DatabasePath { get; }

    public HydraStore Store { get; }

    public DownloaderLibrary Library { get; }

    public NetworkEngine? Network { get; private set; }

    public DownloadEngine? Engine { get; private set; }

    public EventRecorder Events { get; } = new();

    public string Base => $"http://127.0.0.1:{Booru.Port}";

    public static async Task<BooruHarness> StartAsync(FixtureBooruOptions? options = null, TimeProvider? clock = null, bool polite = false, DownloadOptions? downloadOptions = null)
    {
        var time = clock ?? TimeProvider.System;
        var booru = await FixtureBooruServer.StartAsync((options ?? new FixtureBooruOptions()) with { Port = 0, Clock = time });
        var harness = new BooruHarness(booru, time);
        harness.OpenEngine(polite, downloadOptions);
        return harness;
    }

    /// <summary>(Re)opens the network and download engines on the same store, as a restarted process would.</summary>
    public void OpenEngine(bool polite = false, DownloadOptions? options = null, NetworkOptions? networkOptions = null, IEnumerable<Model.Network.DomainMetadataPackage>? domainMetadata = null)
    {
        Engine?.Dispose();
        Network?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var network = networkOptions ?? new NetworkOptions { Polite = polite, RetryBaseDelay = TimeSpan.FromMilliseconds(50), MaxRetryDelay = TimeSpan.FromSeconds(1) };
        Network = NetworkEngine.Create(network with { StatePath = DatabasePath }, domainMetadata ?? Library.Downloaders().DomainMetadata, TimeProvider.System);
        Engine = DownloadEngine.Open(Store, Library.Downloaders, Network, Clock, options, Events);
    }

    public Task<HydraEngine.Downloading.Running.RunSummary> RunUntilIdleAsync(CancellationToken cancellationToken = default) =>
        Engine!.RunAsync(new HydraEngine.Downloading.Running.RunOptions(StopWhenIdle: true), cancellationToken);

    /// <summary>The booru's downloader files with "127.0.0.1:8089" rewritten to <paramref name="port"/>.</summary>
    public static IReadOnlyList<string> DownloaderFiles(int port, string into) =>
        FixtureDownloader.WriteFiles(Path.Combine(RepositoryPaths.Root, "parsers", "fixture-booru"), port, into);

    public async ValueTask DisposeAsync()
    {
        Engine?.Dispose();
        if (Network is not null)
        {
            await Network.DisposeAsync();
        }

        Library.Dispose();
        Store.Dispose();
        await Booru.DisposeAsync();
        folder.Dispose();
    }
}
