namespace HydraEngine.Plugins.Tests.Support;

/// <summary>
/// A temporary plugins folder holding copies of chosen built plugins, with its state file and data folders beside
/// it, and the registries of an engine built with the last host loaded by <see cref="LoadEngine"/>.
/// </summary>
internal sealed class PluginSandbox : IDisposable
{
    public PluginSandbox(params string[] pluginIds)
    {
        Root = Directory.CreateTempSubdirectory("hydra-plugins-").FullName;
        Options = new PluginHostOptions(Path.Combine(Root, "plugins"))
        {
            RegisterTimeout = TimeSpan.FromSeconds(5),
            CallTimeout = TimeSpan.FromSeconds(5),
        };
        Directory.CreateDirectory(Options.PluginsFolder);
        foreach (var id in pluginIds)
        {
            Install(id);
        }
    }

    public string Root { get; }

    public PluginHostOptions Options { get; set; }

    /// <summary>The registries of this sandbox's engine: built-in only until <see cref="LoadEngine"/>.</summary>
    public EngineRegistries Engine { get; private set; } = EngineRegistries.BuiltIn;

    public string PluginFolder(string id) => Path.Combine(Options.PluginsFolder, id);

    /// <summary>Copies a built plugin into the plugins folder.</summary>
    public void Install(string id)
    {
        var source = BuiltPlugins.Folder(id);
        var target = Directory.CreateDirectory(PluginFolder(id)).FullName;
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Writes a plugin folder by hand (for broken manifests and assemblies).</summary>
    public string Write(string folderName, string fileName, string text)
    {
        var folder = Directory.CreateDirectory(PluginFolder(folderName)).FullName;
        File.WriteAllText(Path.Combine(folder, fileName), text);
        return folder;
    }

    public PluginHost Load() => PluginHost.Load(Options);

    /// <summary>Loads the plugins and builds this sandbox's <see cref="Engine"/> with them.</summary>
    public PluginHost LoadEngine()
    {
        var host = Load();
        Engine = EngineRegistries.Build(host);
        return host;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
