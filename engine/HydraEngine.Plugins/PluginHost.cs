using HydraEngine.Definitions.Native;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Plugins.Adapters;
using HydraEngine.Plugins.Files;
using HydraEngine.Plugins.Loading;
using HydraEngine.Plugins.Notifications;
using HydraEngine.Plugins.Running;
using HydraEngine.Plugins.Sites;
using HydraEngine.Strings;

namespace HydraEngine.Plugins;

/// <summary>
/// Loads the plugins of one plugins folder, each in its own load context, and runs every call into them under
/// guard: a plugin that fails to load is reported; one that throws, hangs or returns garbage is disabled (and stays
/// disabled, see <see cref="PluginHostOptions.StateFile"/>) while the engine and the other plugins go on.
/// An engine built with a host (<see cref="EngineRegistries.Build"/>) can use its formula kinds and converter steps;
/// hosts are independent, so engines with different plugins live side by side.
/// </summary>
public sealed class PluginHost
{
    private readonly IReadOnlyList<PluginEntry> entries;
    private readonly PluginStateFile stateFile;
    private readonly TimeProvider clock;

    private PluginHost(PluginHostOptions options, IReadOnlyList<PluginEntry> entries, PluginStateFile stateFile, TimeProvider clock)
    {
        Options = options;
        this.entries = entries;
        this.stateFile = stateFile;
        this.clock = clock;
        Calls = new PluginCalls(Disable);
        Kinds = new PluginKindLookup(this);
        Sites = new PluginSiteHandlers(this);
        Files = new PluginFileHooks(this);
        Notifications = new PluginNotifications(this);
    }

    /// <summary>Raised (on the thread that noticed) when a loaded plugin misbehaves and is disabled.</summary>
    public event Action<PluginInfo>? PluginDisabled;

    public PluginHostOptions Options { get; }

    /// <summary>Every plugin folder, ordered by id, as it stands now.</summary>
    public IReadOnlyList<PluginInfo> Plugins => entries.Select(entry => entry.Info).ToArray();

    public PluginSiteHandlers Sites { get; }

    public PluginFileHooks Files { get; }

    public PluginNotifications Notifications { get; }

    internal PluginCalls Calls { get; }

    internal PluginKindLookup Kinds { get; }

    /// <summary>The plugins in use.</summary>
    internal IEnumerable<LoadedPlugin> Active => entries.Select(entry => entry.Loaded).OfType<LoadedPlugin>().Where(plugin => plugin.IsActive);

    /// <summary>Loads every plugin under <see cref="PluginHostOptions.PluginsFolder"/> (a missing folder means none).</summary>
    public static PluginHost Load(PluginHostOptions options) => Load(options, TimeProvider.System);

    internal static PluginHost Load(PluginHostOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stateFile = new PluginStateFile(options.StateFile);
        var disabled = stateFile.ReadDisabled();
        var loader = new PluginFolderLoader(options, stateFile, clock);
        var entries = PluginFolderLoader.Folders(options.PluginsFolder).Select(folder => loader.LoadGuarded(folder, disabled)).ToArray();
        return new PluginHost(options, entries, stateFile, clock);
    }

    /// <summary>
    /// Enables or disables a plugin without loading any (it takes effect at the next load); enabling also clears a
    /// disable that followed misbehaviour. Throws <see cref="PluginException"/> when no folder holds that plugin.
    /// The disable is dated by <paramref name="clock"/> (the system's when null).
    /// </summary>
    public static PluginInfo SetEnabled(PluginHostOptions options, string id, bool enabled, TimeProvider? clock = null)
    {
        var entry = PluginFolderLoader.Folders(options.PluginsFolder).Select(PluginFolderLoader.InspectGuarded).FirstOrDefault(found => found.Id == id)
            ?? throw new PluginException(id, $"there is no plugin \"{id}\" in {options.PluginsFolder}.", pluginDisabled: false);
        var stateFile = new PluginStateFile(options.StateFile);
        if (enabled)
        {
            stateFile.Enable(id);
            return entry.Info;
        }

        stateFile.Disable(id, PluginStateFile.UserReason, (clock ?? TimeProvider.System).GetUtcNow());
        return entry.State == PluginState.Enabled ? entry.Info with { State = PluginState.Disabled, Error = PluginStateFile.UserReason } : entry.Info;
    }

    /// <summary>
    /// Installs the plugin folder <paramref name="sourceFolder"/> (a built plugin: <c>plugin.json</c> and its assemblies)
    /// as <c>PluginsFolder/&lt;Id&gt;/</c>, replacing an earlier install; it loads at the next start. Returns what
    /// the host makes of the installed folder without loading it.
    /// </summary>
    public static PluginInfo Install(PluginHostOptions options, string sourceFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        var id = PluginInstaller.Install(options.PluginsFolder, Path.GetFullPath(sourceFolder));
        return PluginFolderLoader.Inspect(Path.Combine(options.PluginsFolder, id)).Info;
    }

    public PluginInfo? Find(string id) => entries.FirstOrDefault(entry => entry.Id == id)?.Info;

    /// <summary>What the native reader asks this host about the kinds its plugins add.</summary>
    internal INativePluginKindChecker KindChecker => new PluginKindChecker(this);

    /// <summary>Evaluates this host's plugin formulae.</summary>
    internal IPluginFormulaRunner FormulaRunner => new PluginFormulaRunner(this);

    /// <summary>Adds this host's converter steps to an engine's string services being built.</summary>
    internal StringServicesBuilder AddConverterSteps(StringServicesBuilder strings) =>
        strings.AddConverterStep(typeof(PluginConversion), new PluginConverterSteps(this).Apply);

    internal LoadedPlugin? FindLoaded(string id) => entries.FirstOrDefault(entry => entry.Id == id)?.Loaded;

    private void Disable(LoadedPlugin plugin, string reason)
    {
        if (!plugin.TryDisable(reason))
        {
            return;
        }

        try
        {
            stateFile.Disable(plugin.Id, reason, clock.GetUtcNow());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or PluginException)
        {
            // The state file cannot be written: the plugin is still disabled for the rest of this run.
        }

        PluginDisabled?.Invoke(Find(plugin.Id)!);
    }
}
