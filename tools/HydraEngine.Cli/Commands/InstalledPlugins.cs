using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands;

/// <summary>The plugins this process loaded at start-up (null when none are installed), for commands that call their hooks.</summary>
internal static class InstalledPlugins
{
    public static PluginHost? Host { get; set; }
}
