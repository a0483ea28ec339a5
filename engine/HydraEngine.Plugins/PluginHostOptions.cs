using HydraEngine.Storage.Database;

namespace HydraEngine.Plugins;

/// <summary>
/// Where plugins live and how long their code may run. Each plugin is a folder <c>PluginsFolder/&lt;Id&gt;/</c> with a
/// <c>plugin.json</c> and its built assemblies. The state file and the plugins' data folders sit beside the plugins
/// folder unless given.
/// </summary>
public sealed record PluginHostOptions(string PluginsFolder)
{
    /// <summary>Disabled plugins and why (see <see cref="Running.PluginStateFile"/>); default <c>plugin-state.json</c> beside the plugins folder.</summary>
    public string StateFile
    {
        get => field ?? Path.Combine(Parent, "plugin-state.json");
        init;
    }

    /// <summary>Holds one folder per plugin id (<see cref="Abstractions.IPluginRegistry.DataFolder"/>); default <c>plugin-data</c> beside the plugins folder.</summary>
    public string DataFolder
    {
        get => field ?? Path.Combine(Parent, "plugin-data");
        init;
    }

    /// <summary>How long <see cref="Abstractions.IHydraPlugin.Register"/> may take.</summary>
    public TimeSpan RegisterTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one formula, converter, hook, exporter or notification call may take.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one site handler call (network included) may take.</summary>
    public TimeSpan SiteTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary><c>plugins/</c> in the user's data folder, beside the default store (<c>$XDG_DATA_HOME/hydra/plugins</c>).</summary>
    public static PluginHostOptions Default => new(Path.Combine(StoreLocation.Default.RootFolder, "plugins"));

    private string Parent => Path.GetDirectoryName(Path.GetFullPath(PluginsFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? PluginsFolder;
}
