using HydraEngine.Downloading;
using HydraEngine.Network;
using HydraEngine.Plugins;
using HydraEngine.Database;
using HydraEngine.Storage.Database;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HydraEngine.Host;

/// <summary>
/// Everything one engine is built from: its store (the database file, with its files folder beside it), its clock,
/// its plugins, how durable its database writes are, where it logs, and the network and download settings.
/// </summary>
/// <param name="Store">The store's database file and files folder.</param>
public sealed record HydraEngineOptions(StoreLocation Store)
{
    /// <summary>The engine's clock: download scheduling, checker timing and bandwidth all read it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// The network's clock (timeouts, retry and politeness waits, bandwidth windows) when it must differ from
    /// <see cref="Clock"/>: a simulation that speeds up download scheduling still needs real time on the wire.
    /// </summary>
    public TimeProvider? NetworkClock { get; init; }

    /// <summary>The plugins this engine loads; null loads none (see <see cref="PluginHostOptions.Default"/>).</summary>
    public PluginHostOptions? Plugins { get; init; }

    /// <summary>
    /// Plugins already loaded by the caller, shared with this engine and not disposed by it (the CLI loads them once
    /// per process); wins over <see cref="Plugins"/>.
    /// </summary>
    public PluginHost? SharedPlugins { get; init; }

    /// <summary>SQLite synchronous level for the whole database (hydrus's <c>db_synchronous_override</c>): WAL with NORMAL by default.</summary>
    public SynchronousMode Synchronous { get; init; } = SynchronousMode.Normal;

    /// <summary>Where every connection's statement timings go (<c>hydra --profile</c>); null records nothing.</summary>
    public SqlProfile? SqlProfile { get; init; }

    /// <summary>The pragmas every component's connection gets.</summary>
    public DatabaseOptions Database => new(Synchronous) { Profile = SqlProfile };

    /// <summary>Where the engine logs (plugin failures, maintenance, serve); nothing by default.</summary>
    public ILoggerFactory Logging { get; init; } = NullLoggerFactory.Instance;

    public NetworkOptions Network { get; init; } = new();

    public DownloadOptions Downloads { get; init; } = DownloadOptions.Default;

    /// <summary>Who hears the download engine's events (progress, notices) besides the engine's own plugin hooks.</summary>
    public IDownloadEvents? Events { get; init; }

    /// <summary>Options for the store at <paramref name="databasePath"/> (null: the user's default store).</summary>
    public static HydraEngineOptions ForDatabase(string? databasePath) => new(StoreLocation.FromOption(databasePath));
}
