using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace HydraEngine.Plugins.Loading;

/// <summary>
/// One plugin's own load context. Its assemblies come from its folder (resolved through its <c>.deps.json</c>),
/// so two plugins may use different versions of one library. It shares only the contract,
/// <c>HydraEngine.Abstractions</c>, and the .NET base library with the host: any other host assembly it asks for
/// and does not ship is refused rather than borrowed.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    public const string ContractAssemblyName = "HydraEngine.Abstractions";

    private static readonly string RuntimeFolder = RuntimeEnvironment.GetRuntimeDirectory();

    private readonly AssemblyDependencyResolver resolver;
    private readonly string pluginId;

    public PluginLoadContext(string pluginId, string entryAssemblyPath)
        : base($"plugin:{pluginId}", isCollectible: false)
    {
        this.pluginId = pluginId;
        resolver = new AssemblyDependencyResolver(entryAssemblyPath);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (string.Equals(assemblyName.Name, ContractAssemblyName, StringComparison.Ordinal))
        {
            return null;
        }

        if (resolver.ResolveAssemblyToPath(assemblyName) is { } path)
        {
            return LoadFromAssemblyPath(path);
        }

        if (IsBaseLibrary(assemblyName))
        {
            return null;
        }

        throw new FileNotFoundException(
            $"the plugin {pluginId} needs {assemblyName.FullName}, which it does not ship; plugins share only {ContractAssemblyName} and the .NET base library with the host.",
            assemblyName.Name);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    private static bool IsBaseLibrary(AssemblyName name) =>
        name.Name is { Length: > 0 } simple && File.Exists(Path.Combine(RuntimeFolder, simple + ".dll"));
}
