using HydraEngine.Plugins.Manifests;

namespace HydraEngine.Plugins.Loading;

/// <summary>
/// Copies a built plugin folder (its <c>plugin.json</c> and assemblies) into the plugins folder as <c>&lt;Id&gt;/</c>,
/// replacing an earlier install of that id whole: the new copy is written beside it first and swapped in by rename.
/// </summary>
internal static class PluginInstaller
{
    public static string Install(string pluginsFolder, string sourceFolder)
    {
        var manifestPath = Path.Combine(sourceFolder, "plugin.json");
        if (!File.Exists(manifestPath))
        {
            throw new PluginException(Path.GetFileName(sourceFolder), $"{sourceFolder} holds no plugin.json, so it is not a plugin folder.", pluginDisabled: false);
        }

        var manifest = PluginManifestReader.Read(manifestPath, out var problems)
            ?? throw new PluginException(Path.GetFileName(sourceFolder), $"{manifestPath}: {string.Join("; ", problems)}", pluginDisabled: false);
        Directory.CreateDirectory(pluginsFolder);
        var target = Path.Combine(pluginsFolder, manifest.Id);
        // Dot-named, so a host loading meanwhile never takes them for plugins.
        var staging = Path.Combine(pluginsFolder, $".{manifest.Id}.installing");
        var previous = Path.Combine(pluginsFolder, $".{manifest.Id}.replaced");
        DeleteIfPresent(staging);
        DeleteIfPresent(previous);
        Copy(sourceFolder, staging);
        if (Directory.Exists(target))
        {
            Directory.Move(target, previous);
        }

        Directory.Move(staging, target);
        DeleteIfPresent(previous);
        return manifest.Id;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
