using HydraEngine.Plugins;
using Microsoft.Extensions.Logging;

namespace HydraEngine.Host.Plugins;

/// <summary>
/// The plugins one engine uses: loaded for it from <see cref="HydraEngineOptions.Plugins"/> (and owned), or shared
/// from <see cref="HydraEngineOptions.SharedPlugins"/> (and left to their owner), or none.
/// </summary>
internal sealed class EnginePlugins
{
    private EnginePlugins(PluginHost? host, TimeProvider clock)
    {
        Host = host;
        Registries = EngineRegistries.Build(host, clock);
    }

    public PluginHost? Host { get; }

    /// <summary>The engine's registries: the built-in kinds and steps plus what its plugins contribute, on its clock.</summary>
    public EngineRegistries Registries { get; }

    public static EnginePlugins For(HydraEngineOptions options, ILogger logger)
    {
        if (options.SharedPlugins is { } shared)
        {
            return new EnginePlugins(shared, options.Clock);
        }

        return new EnginePlugins(options.Plugins is null ? null : Load(options.Plugins, logger), options.Clock);
    }

    /// <summary>Loads the plugins of one folder, logging each that cannot be used; null when the folder does not exist.</summary>
    public static PluginHost? Load(PluginHostOptions options, ILogger logger)
    {
        if (!Directory.Exists(options.PluginsFolder))
        {
            return null;
        }

        var host = PluginHost.Load(options);
        foreach (var failed in host.Plugins.Where(plugin => plugin.Error is not null))
        {
            logger.LogWarning("plugin {Id} is {State}: {Error}", failed.Id, failed.State, failed.Error);
        }

        host.PluginDisabled += plugin => logger.LogWarning("plugin {Id} was disabled: {Error}", plugin.Id, plugin.Error);
        return host;
    }
}
