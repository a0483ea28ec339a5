using HydraEngine.Cli.Commands;

// Installed plugins (one folder each under the data folder's plugins/) extend every command that reads definitions.
var plugins = HydraEngine.Plugins.PluginHostOptions.Default;
if (Directory.Exists(plugins.PluginsFolder))
{
    InstalledPlugins.Host = HydraEngine.Plugins.PluginHost.Load(plugins);
}

return await CliRoot.Create().Parse(args).InvokeAsync(CliRoot.Invocation());
