using HydraEngine.Downloading;
using HydraEngine.Host.Events;
using HydraEngine.Host.Plugins;
using HydraEngine.Library;
using HydraEngine.Network;
using HydraEngine.Plugins;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HydraEngine.Host;

/// <summary>
/// The composition root: builds one engine from <see cref="HydraEngineOptions"/>. The CLI, <c>hydra serve</c>,
/// tests and benchmarks all build their engines here, so every engine is wired the same way.
/// </summary>
public static class HydraEngineHost
{
    /// <summary>
    /// Opens (creating if needed) the store, its downloader library, network state and download state, loads the
    /// plugins and ties them together. Dispose the engine to close all of it.
    /// </summary>
    public static HydraEngineInstance Open(HydraEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var logger = options.Logging.CreateLogger("HydraEngine");
        var plugins = EnginePlugins.For(options, logger);
        var parts = new EngineParts(plugins);
        try
        {
            parts.Store = HydraStore.Open(options.Store, new StoreOptions(options.Synchronous) { Profile = options.SqlProfile }, options.Clock);
            parts.Library = DownloaderLibrary.Open(options.Store.DatabasePath, options.Database, plugins.Registries.Strings, plugins.Registries.Definitions, options.Clock);
            var gate = new LibraryGate(parts.Library);
            var network = options.Network with { StatePath = options.Store.DatabasePath, Database = options.Database };
            parts.Network = NetworkEngine.Create(network, gate.Downloaders().DomainMetadata, options.NetworkClock ?? options.Clock);
            var activity = new EngineActivity(options.Clock);
            var events = new EngineDownloadEvents(plugins, activity, options.Events, options.Clock, logger);
            parts.Downloads = DownloadEngine.Open(parts.Store, gate.Downloaders, parts.Network, options.Clock, options.Downloads, events, plugins.Registries.Formulae, plugins.Host is { } loaded ? new PluginSitePages(loaded.Sites) : null);
            return new HydraEngineInstance(options, parts, gate, activity, logger);
        }
        catch
        {
            parts.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>
    /// Loads the plugins of <paramref name="options"/>'s folder (null when the folder does not exist), for a process
    /// that shares them between engines through <see cref="HydraEngineOptions.SharedPlugins"/>.
    /// </summary>
    public static PluginHost? LoadPlugins(PluginHostOptions options, ILoggerFactory? logging = null) =>
        EnginePlugins.Load(options, (logging ?? NullLoggerFactory.Instance).CreateLogger("HydraEngine"));
}
