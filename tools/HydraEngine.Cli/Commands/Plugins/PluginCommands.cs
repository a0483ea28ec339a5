using System.CommandLine;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands.Plugins;

/// <summary>
/// <c>hydra plugins [--plugins DIR] list|install PATH|ID|enable ID|disable ID</c>: the plugins folder (default
/// <c>$XDG_DATA_HOME/hydra/plugins</c>, else <c>~/.local/share/hydra/plugins</c>), one folder per plugin with its
/// <c>plugin.json</c>; enabled/disabled state is kept in <c>plugin-state.json</c> beside it. Exit codes: 0 done,
/// 1 error. <c>plugins bench</c> (hidden) measures start-up with many plugins.
/// </summary>
public static class PluginCommands
{
    public static Command Create()
    {
        var folder = new Option<string?>("--plugins")
        {
            Description = "The plugins folder (default: $XDG_DATA_HOME/hydra/plugins, else ~/.local/share/hydra/plugins).",
            Recursive = true,
        };
        var command = new Command("plugins", "Plugins: list them, install, enable or disable one.") { folder };
        command.Subcommands.Add(PluginsListCommand.Create(folder));
        command.Subcommands.Add(PluginsInstallCommand.Create(folder));
        command.Subcommands.Add(PluginsEnableCommand.Create(folder, enable: true));
        command.Subcommands.Add(PluginsEnableCommand.Create(folder, enable: false));
        command.Subcommands.Add(PluginsBenchCommand.Create());
        return command;
    }

    internal static PluginHostOptions OptionsFor(ParseResult parseResult, Option<string?> folder) =>
        parseResult.GetValue(folder) is { Length: > 0 } path ? new PluginHostOptions(Path.GetFullPath(path)) : PluginHostOptions.Default;
}
