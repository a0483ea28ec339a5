using HydraEngine.ClientApi.Access;
using HydraEngine.Downloading.Running;
using HydraEngine.FixtureBooru;
using HydraEngine.Host;
using HydraEngine.Network;
using HydraEngine.Testing;

namespace HydraEngine.ClientApi.Tests.Support;

/// <summary>
/// The API over a whole engine (store, library, network, downloads from <see cref="HydraEngineHost"/>) with the
/// fixture booru on loopback and its downloader imported, so URLs added over the API really download.
/// </summary>
internal sealed class EngineApiHarness : IAsyncDisposable
{
    private EngineApiHarness(FixtureBooruServer booru, HydraEngineInstance engine, ApiHost api)
    {
        Booru = booru;
        Engine = engine;
        Api = api;
    }

    public FixtureBooruServer Booru { get; }

    public HydraEngineInstance Engine { get; }

    public ApiHost Api { get; }

    public static async Task<EngineApiHarness> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hydra-api-engine-" + Guid.NewGuid().ToString("N"));
        var booru = await FixtureBooruServer.StartAsync(new FixtureBooruOptions { Port = 0 });
        var options = HydraEngineOptions.ForDatabase(Path.Combine(folder, "hydra.db")) with
        {
            Network = new NetworkOptions { Polite = false, RetryBaseDelay = TimeSpan.FromMilliseconds(50), MaxRetryDelay = TimeSpan.FromSeconds(1) },
        };
        var engine = HydraEngineHost.Open(options);
        engine.Library.Import(FixtureDownloader.WriteFiles(Path.Combine(RepositoryPaths.Root, "parsers", "fixture-booru"), booru.Port, Path.Combine(folder, "downloader")));
        var keys = AccessKeyStore.Open(engine.Store.Location.DatabasePath);
        var context = new ClientApiContext(StoreAccess.Through(engine.Downloads), folder, keys)
        {
            Downloads = engine.Downloads,
            Downloaders = engine.Downloaders,
            Network = engine.Network,
        };
        var api = await ApiHost.ServeAsync(context, folder, engine.Store);
        return new EngineApiHarness(booru, engine, api);
    }

    public Task<RunSummary> RunUntilIdleAsync() => Engine.Downloads.RunAsync(new RunOptions(StopWhenIdle: true));

    public async ValueTask DisposeAsync()
    {
        var folder = Api.Folder;
        await Api.DisposeAsync();
        await Engine.DisposeAsync();
        await Booru.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left behind on a slow shutdown.
        }
    }
}
