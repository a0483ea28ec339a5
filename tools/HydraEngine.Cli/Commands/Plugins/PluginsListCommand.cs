using System.CommandLine;
using HydraEngine.Abstractions;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands.Plugins;

/// <summary><c>hydra plugins list</c>: loads every plugin and shows id, version, state, contract version and why it is not in use.</summary>
internal static class PluginsListCommand
{
    public static Command Create(Option<string?> folder)
    {
        var command = new Command("list", "Load the plugins and show each one's id, version, state, contract version and load error.");
        command.SetAction(parseResult => PluginCommandRunner.Run(parseResult, output =>
        {
            var options = PluginCommands.OptionsFor(parseResult, folder);
            var host = PluginHost.Load(options);
            Print(options, host.Plugins, output);
            return 0;
        }));
        return command;
    }

    public static void Print(PluginHostOptions options, IReadOnlyList<PluginInfo> plugins, TextWriter output)
    {
        output.WriteLine($"plugins in {options.PluginsFolder} (this host runs contract {ContractVersion.Text}; state in {options.StateFile})");
        if (plugins.Count == 0)
        {
            output.WriteLine("no plugins: put each in its own folder, named after its id, with its plugin.json.");
            return;
        }

        string[] header = ["ID", "VERSION", "STATE", "CONTRACT", "ERROR"];
        var rows = plugins.Select(plugin => new[] { plugin.Id, plugin.Version, plugin.State.ToString().ToLowerInvariant(), plugin.ContractVersion, plugin.Error ?? "" }).ToArray();
        var widths = Enumerable.Range(0, 4).Select(column => rows.Append(header).Max(row => row[column].Length)).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            output.WriteLine(string.Join("  ", row.Take(4).Select((cell, column) => cell.PadRight(widths[column]))) + "  " + row[4]);
        }
    }
}
