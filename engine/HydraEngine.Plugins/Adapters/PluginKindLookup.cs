using HydraEngine.Plugins.Loading;

namespace HydraEngine.Plugins.Adapters;

/// <summary>Finds a plugin's formula kind or converter step by (plugin id, kind), or says why it cannot be used.</summary>
internal sealed class PluginKindLookup(PluginHost host)
{
    public (LoadedPlugin Plugin, RegisteredFormulaKind Kind)? FindFormulaKind(string pluginId, string kind, out string unavailable)
    {
        var plugin = Usable(pluginId, kind, out unavailable);
        var found = plugin?.Extensions.FormulaKinds.FirstOrDefault(candidate => candidate.Declared.Name == kind);
        if (plugin is not null && found is null)
        {
            unavailable = Missing(plugin, kind, "formula kind", plugin.Extensions.FormulaKinds.Select(candidate => candidate.Declared.Name));
        }

        return found is null ? null : (plugin!, found);
    }

    public (LoadedPlugin Plugin, RegisteredKind<Abstractions.IConverterStep> Step)? FindConverterStep(string pluginId, string kind, out string unavailable)
    {
        var plugin = Usable(pluginId, kind, out unavailable);
        var found = plugin?.Extensions.ConverterSteps.FirstOrDefault(candidate => candidate.Name == kind);
        if (plugin is not null && found is null)
        {
            unavailable = Missing(plugin, kind, "converter step", plugin.Extensions.ConverterSteps.Select(candidate => candidate.Name));
        }

        return found is null ? null : (plugin!, found);
    }

    private LoadedPlugin? Usable(string pluginId, string kind, out string unavailable)
    {
        var info = host.Find(pluginId);
        var loaded = host.FindLoaded(pluginId);
        unavailable = "";
        if (info is null)
        {
            unavailable = $"\"{kind}\" comes from the plugin \"{pluginId}\", which is not installed: install it as {Path.Combine(host.Options.PluginsFolder, pluginId)}/ (its plugin.json and built assemblies) and enable it.";
        }
        else if (info.State == PluginState.Disabled)
        {
            unavailable = $"\"{kind}\" comes from the plugin \"{pluginId}\", which is disabled ({info.Error}): enable it with `hydra plugins enable {pluginId}`.";
        }
        else if (loaded is null || info.State != PluginState.Enabled)
        {
            unavailable = $"\"{kind}\" comes from the plugin \"{pluginId}\", which could not be loaded ({info.Error}): install a version of {pluginId} that loads.";
        }

        return unavailable.Length == 0 ? loaded : null;
    }

    private static string Missing(LoadedPlugin plugin, string kind, string what, IEnumerable<string> names)
    {
        var known = names.ToArray();
        return $"the plugin \"{plugin.Id}\" {plugin.Manifest.Version} has no {what} \"{kind}\"; it has {(known.Length == 0 ? "none" : string.Join(", ", known))}.";
    }
}
