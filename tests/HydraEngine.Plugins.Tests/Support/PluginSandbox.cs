namespace HydraEngine.Plugins.Tests.Support;

/// <summary>
/// A temporary plugins folder holding copies of chosen built plugins, with its state file and data folders beside
/// it. Hosts loaded from it are detached from the engine when the sandbox is disposed.
/// </summary>
internal sealed class PluginSandbox : IDisposable
{
    private readonly List<PluginHost> hosts = [];

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

    public PluginHost Load()
    {
        var host = PluginHost.Load(Options);
        hosts.Add(host);
        return host;
    }

    /// <summary>Loads and attaches to the engine (tests doing so run in <see cref="EngineCollection"/>).</summary>
    public PluginHost LoadAttached()
    {
        var host = Load();
        host.AttachToEngine();
        return host;
    }

    public void Dispose()
    {
        foreach (var host in hosts)
        {
            host.Dispose();
        }

        Directory.Delete(Root, recursive: true);
    }
}
