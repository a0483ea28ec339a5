using System.Reflection;
using HydraEngine.Testing;

namespace HydraEngine.Plugins.Tests.Support;

/// <summary>
/// The plugin folders the build writes (plugins/Directory.Build.props): artifacts/plugins/&lt;Configuration&gt;/&lt;Id&gt;/
/// for the samples, artifacts/test-plugins/… for the misbehaving ones. The configuration is this test assembly's.
/// </summary>
internal static class BuiltPlugins
{
    public const string XPath = "HydraEngine.XPath";
    public const string Sidecars = "HydraEngine.Sidecars";
    public const string GreeterOne = "HydraEngine.Samples.GreeterOne";
    public const string GreeterTwo = "HydraEngine.Samples.GreeterTwo";
    public const string SignedApi = "HydraEngine.Samples.SignedApi";
    public const string NotificationLog = "HydraEngine.Samples.NotificationLog";

    public static readonly string[] Samples = [XPath, Sidecars, GreeterOne, GreeterTwo, SignedApi, NotificationLog];

    private static readonly string Configuration =
        typeof(BuiltPlugins).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The built folder of a plugin (a sample, or a misbehaving one whose id starts with "Misbehaving.").</summary>
    public static string Folder(string id)
    {
        var group = id.StartsWith("Misbehaving.", StringComparison.Ordinal) ? "test-plugins" : "plugins";
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", group, Configuration, id);
        return File.Exists(Path.Combine(folder, "plugin.json"))
            ? folder
            : throw new InvalidOperationException($"{folder} holds no built plugin; build the solution (or this test project) first.");
    }
}
