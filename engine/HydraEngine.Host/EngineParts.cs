using HydraEngine.Downloading;
using HydraEngine.Host.Plugins;
using HydraEngine.Library;
using HydraEngine.Network;
using HydraEngine.Storage;

namespace HydraEngine.Host;

/// <summary>What <see cref="HydraEngineHost.Open"/> has built so far, so a failure half-way closes exactly that.</summary>
internal sealed class EngineParts(EnginePlugins plugins) : IAsyncDisposable
{
    public HydraStore? Store { get; set; }

    public DownloaderLibrary? Library { get; set; }

    public NetworkEngine? Network { get; set; }

    public DownloadEngine? Downloads { get; set; }

    public EnginePlugins Plugins => plugins;

    public async ValueTask DisposeAsync()
    {
        Downloads?.Dispose();
        if (Network is not null)
        {
            await Network.DisposeAsync().ConfigureAwait(false);
        }

        Library?.Dispose();
        Store?.Dispose();
    }
}
