using System.Reflection;

namespace HydraEngine.Cli.Commands.Plugins;

/// <summary>
/// The plugins the solution builds (plugins/, written to <c>artifacts/plugins/&lt;Configuration&gt;/&lt;Id&gt;/</c>),
/// found by id from wherever this hydra runs inside the checkout: its own configuration first, then any other.
/// </summary>
internal static class SamplePlugins
{
    public static string? Find(string id)
    {
        if (id.Length == 0 || id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || id.StartsWith('.'))
        {
            return null;
        }

        var configuration = typeof(SamplePlugins).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var built = Path.Combine(folder.FullName, "artifacts", "plugins");
            if (!Directory.Exists(built))
            {
                continue;
            }

            var candidates = Directory.GetDirectories(built).OrderBy(path => Path.GetFileName(path) == configuration ? 0 : 1)
                .Select(path => Path.Combine(path, id)).Where(path => File.Exists(Path.Combine(path, "plugin.json")));
            return candidates.FirstOrDefault();
        }

        return null;
    }
}
