using System.CommandLine;
using HydraEngine.Cli.Commands;

var root = new RootCommand("hydra: HydraEngine, a downloader engine for hydrus network's downloader definitions.");
root.Subcommands.Add(InspectCommand.Create());
root.Subcommands.Add(ConvertCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(SchemaCommand.Create());
foreach (var command in HydraEngine.Cli.Commands.Library.LibraryCommands.Create())
{
    root.Subcommands.Add(command);
}
foreach (var command in HydraEngine.Cli.Commands.Store.StoreCommands.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
