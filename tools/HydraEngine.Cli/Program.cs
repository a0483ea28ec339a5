using System.CommandLine;
using HydraEngine.Cli.Commands;

// Installed plugins (one folder each under the data folder's plugins/) extend every command that reads definitions.
var plugins = HydraEngine.Plugins.PluginHostOptions.Default;
if (Directory.Exists(plugins.PluginsFolder))
{
    InstalledPlugins.Host = HydraEngine.Plugins.PluginHost.Load(plugins);
    InstalledPlugins.Host.AttachToEngine();
}

var root = new RootCommand("hydra: HydraEngine, a downloader engine for hydrus network's downloader definitions.");
root.Subcommands.Add(InspectCommand.Create());
root.Subcommands.Add(ConvertCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(SchemaCommand.Create());
root.Subcommands.Add(HydraEngine.Cli.Commands.Plugins.PluginCommands.Create());
foreach (var command in HydraEngine.Cli.Commands.Library.LibraryCommands.Create())
{
    root.Subcommands.Add(command);
}
foreach (var command in HydraEngine.Cli.Commands.Store.StoreCommands.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
