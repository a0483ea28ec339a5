using System.Reflection;
using HydraEngine.Abstractions;
using HydraEngine.Plugins.Manifests;

namespace HydraEngine.Plugins.Loading;

/// <summary>Loads a plugin's entry assembly into its own <see cref="PluginLoadContext"/> and finds its plugin class.</summary>
internal static class PluginAssemblyLoader
{
    public static Type LoadPluginType(PluginManifest manifest, string folder)
    {
        var path = Path.Combine(folder, manifest.EntryAssembly);
        if (!File.Exists(path))
        {
            throw new PluginLoadFailure(PluginState.Failed, $"the entry assembly {manifest.EntryAssembly} is not in {folder} (is the plugin built?).");
        }

        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(manifest.Id, path).LoadFromAssemblyPath(path);
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            throw new PluginLoadFailure(PluginState.Failed, $"cannot load {manifest.EntryAssembly}: {exception.Message}");
        }

        CheckContractReference(assembly, manifest);
        var candidates = ExportedTypes(assembly)
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IHydraPlugin).IsAssignableFrom(type))
            .ToArray();
        if (candidates.Length != 1)
        {
            throw new PluginLoadFailure(PluginState.Failed, candidates.Length == 0
                ? $"{manifest.EntryAssembly} has no public class implementing IHydraPlugin."
                : $"{manifest.EntryAssembly} has {candidates.Length} classes implementing IHydraPlugin ({string.Join(", ", candidates.Select(type => type.FullName))}); it must have exactly one.");
        }

        return candidates[0].GetConstructor(Type.EmptyTypes) is not null
            ? candidates[0]
            : throw new PluginLoadFailure(PluginState.Failed, $"{candidates[0].FullName} has no public parameterless constructor.");
    }

    /// <summary>The manifest may claim any contract; the assembly's own reference to the contract must also fit the host.</summary>
    private static void CheckContractReference(Assembly assembly, PluginManifest manifest)
    {
        var reference = assembly.GetReferencedAssemblies().FirstOrDefault(name => name.Name == PluginLoadContext.ContractAssemblyName);
        if (reference?.Version is not { } version)
        {
            throw new PluginLoadFailure(PluginState.Failed, $"{manifest.EntryAssembly} does not reference {PluginLoadContext.ContractAssemblyName}, so it cannot be a plugin.");
        }

        var built = new ContractLevel(version.Major, version.Minor);
        if (!built.RunsOn(ContractLevel.Host))
        {
            throw new PluginLoadFailure(PluginState.Incompatible, $"{manifest.EntryAssembly} was built against contract {built} (its manifest says {manifest.ContractVersion}); this host runs contract {ContractLevel.Host}.");
        }
    }

    private static Type[] ExportedTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (Exception exception) when (exception is ReflectionTypeLoadException or TypeLoadException or FileNotFoundException or FileLoadException)
        {
            throw new PluginLoadFailure(PluginState.Failed, $"cannot read the types of {assembly.GetName().Name}: {exception.Message}");
        }
    }
}

/// <summary>A plugin could not be loaded, for a reason that is not its code misbehaving.</summary>
internal sealed class PluginLoadFailure(PluginState state, string message) : Exception(message)
{
    public PluginState State { get; } = state;
}
