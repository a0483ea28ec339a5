using HydraEngine.Downloading;
using HydraEngine.Library;
using HydraEngine.Library.Runtime;
using HydraEngine.Network;
using HydraEngine.Storage;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>How a session is opened: who hears the run's events, the download clock, network and download options.</summary>
internal sealed record SessionSettings(IDownloadEvents? Events = null, TimeProvider? Clock = null, NetworkOptions? Network = null, DownloadOptions? Options = null);

/// <summary>
/// Everything a download command works with, on one database file: the store, the downloader library, the network
/// (cookies and bandwidth usage kept in the same file) and the download engine. Owns them all; dispose to close.
/// </summary>
internal sealed class DownloadSession : IAsyncDisposable
{
    private readonly object libraryGate = new();

    private DownloadSession(HydraStore store, DownloaderLibrary library)
    {
        Store = store;
        Library = library;
    }

    public HydraStore Store { get; }

    public DownloaderLibrary Library { get; }

    public NetworkEngine Network { get; private set; } = null!;

    public DownloadEngine Engine { get; private set; } = null!;

    /// <summary>Opens the library, network and engine on <paramref name="store"/>'s database; the session owns the store from here on.</summary>
    public static DownloadSession Open(HydraStore store, SessionSettings? settings = null)
    {
        settings ??= new SessionSettings();
        DownloadSession? session = null;
        try
        {
            var registries = InstalledPlugins.Registries(settings.Clock);
            session = new DownloadSession(store, DownloaderLibrary.Open(store.Location.DatabasePath, registries.Strings, registries.Definitions));
            var network = (settings.Network ?? new NetworkOptions()) with { StatePath = store.Location.DatabasePath };
            session.Network = NetworkEngine.Create(network, session.Downloaders().DomainMetadata, TimeProvider.System);
            session.Engine = DownloadEngine.Open(store, session.Downloaders, session.Network, settings.Clock, settings.Options, settings.Events, registries.Formulae);
            return session;
        }
        catch
        {
            if (session is not null)
            {
                session.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            else
            {
                store.Dispose();
            }

            throw;
        }
    }

    /// <summary>The library's current downloaders; the library is one connection, so concurrent jobs take turns.</summary>
    public LibraryDownloaders Downloaders()
    {
        lock (libraryGate)
        {
            return Library.Downloaders();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Engine?.Dispose();
        if (Network is not null)
        {
            await Network.DisposeAsync().ConfigureAwait(false);
        }

        Library.Dispose();
        Store.Dispose();
    }
}
