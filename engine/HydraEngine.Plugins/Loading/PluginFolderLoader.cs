using System.Reflection;
using HydraEngine.Abstractions;
using HydraEngine.Plugins.Manifests;
using HydraEngine.Plugins.Running;

namespace HydraEngine.Plugins.Loading;

/// <summary>
/// Turns each folder under the plugins folder into a <see cref="PluginEntry"/>: manifest, contract rule, persisted
/// state, then (for enabled plugins) its load context, its plugin class and <see cref="IHydraPlugin.Register"/>,
/// under a time limit. Nothing a plugin does here stops the others from loading.
/// </summary>
internal sealed class PluginFolderLoader(PluginHostOptions options, PluginStateFile state, TimeProvider clock)
{
    /// <summary>The plugin folders (hidden ones skipped), in ordinal order of their names.</summary>
    public static IReadOnlyList<string> Folders(string pluginsFolder) =>
        Directory.Exists(pluginsFolder)
            ? Directory.GetDirectories(pluginsFolder).Where(folder => !Path.GetFileName(folder).StartsWith('.')).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>Reads a folder's manifest without loading anything.</summary>
    public static PluginEntry Inspect(string folder)
    {
        var name = Path.GetFileName(folder);
        var path = Path.Combine(folder, PluginManifest.FileName);
        if (!File.Exists(path))
        {
            return new PluginEntry(folder, null, PluginState.Failed, $"there is no {PluginManifest.FileName} in {folder}.");
        }

        var manifest = PluginManifestReader.Read(path, out var problems);
        if (manifest is null)
        {
            return new PluginEntry(folder, null, PluginState.Failed, string.Join(" ", problems));
        }

        if (manifest.Id != name)
        {
            return new PluginEntry(folder, manifest, PluginState.Failed, $"the manifest's id \"{manifest.Id}\" is not its folder's name \"{name}\"; name the folder after the id.");
        }

        return manifest.ContractVersion.RunsOn(ContractLevel.Host)
            ? new PluginEntry(folder, manifest, PluginState.Enabled, null)
            : new PluginEntry(folder, manifest, PluginState.Incompatible,
                $"built for contract {manifest.ContractVersion}; this host runs contract {ContractLevel.Host} and loads only plugins of major {ContractLevel.Host.Major} with a minor of at most {ContractLevel.Host.Minor}.");
    }

    /// <summary>
    /// <see cref="Load"/>, where a folder that cannot be read at all (an unreadable manifest, a broken file system)
    /// is listed as failed with the reason instead of stopping every command.
    /// </summary>
    public PluginEntry LoadGuarded(string folder, IReadOnlyDictionary<string, string> disabled) => Guarded(folder, () => Load(folder, disabled));

    /// <summary><see cref="Inspect"/>, guarded the same way.</summary>
    public static PluginEntry InspectGuarded(string folder) => Guarded(folder, () => Inspect(folder));

    private static PluginEntry Guarded(string folder, Func<PluginEntry> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new PluginEntry(folder, null, PluginState.Failed, $"the plugin folder {folder} cannot be read: {PluginCalls.Describe(exception)}");
        }
    }

    public PluginEntry Load(string folder, IReadOnlyDictionary<string, string> disabled)
    {
        var entry = Inspect(folder);
        if (entry.State != PluginState.Enabled)
        {
            return entry;
        }

        return disabled.TryGetValue(entry.Id, out var reason)
            ? entry with { State = PluginState.Disabled, Error = reason }
            : Register(entry.Manifest!, folder);
    }

    private PluginEntry Register(PluginManifest manifest, string folder)
    {
        var dataFolder = Path.Combine(options.DataFolder, manifest.Id);
        var registration = new PluginRegistration(manifest.Id, dataFolder);
        var task = Task.Run(() =>
        {
            var type = PluginAssemblyLoader.LoadPluginType(manifest, folder);
            Directory.CreateDirectory(dataFolder);
            var plugin = (IHydraPlugin)Activator.CreateInstance(type)!;
            plugin.Register(registration);
        });
        try
        {
            if (!task.Wait(options.RegisterTimeout))
            {
                registration.Abandon();
                return Misbehaved(manifest, folder, $"Register did not return within {options.RegisterTimeout.TotalMilliseconds:0} ms");
            }
        }
        catch (AggregateException aggregate) when (aggregate.InnerException is PluginLoadFailure failure)
        {
            return new PluginEntry(folder, manifest, failure.State, failure.Message);
        }
        catch (AggregateException aggregate) when (aggregate.InnerException is { } inner)
        {
            var cause = inner is TargetInvocationException { InnerException: { } thrown } ? thrown : inner;
            return Misbehaved(manifest, folder, $"Register threw {PluginCalls.Describe(cause)}");
        }

        var extensions = registration.Close();
        return registration.Problems is { Count: > 0 } problems
            ? Misbehaved(manifest, folder, "Register added unusable extensions: " + string.Join(" ", problems))
            : new PluginEntry(folder, manifest, PluginState.Enabled, null, new LoadedPlugin(manifest, folder, extensions));
    }

    /// <summary>Plugin code misbehaved: the plugin is disabled, and stays so (persisted) until the user enables it.</summary>
    private PluginEntry Misbehaved(PluginManifest manifest, string folder, string reason)
    {
        state.Disable(manifest.Id, reason, clock.GetUtcNow());
        return new PluginEntry(folder, manifest, PluginState.Disabled, reason);
    }
}
