using System.CommandLine;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands.Plugins;

/// <summary><c>hydra plugins enable ID</c> / <c>disable ID</c>: records the choice (used from the next start) without loading anything.</summary>
internal static class PluginsEnableCommand
{
    public static Command Create(Option<string?> folder, bool enable)
    {
        var id = new Argument<string>("id") { Description = "The plugin's id (its folder's name)." };
        var command = enable
            ? new Command("enable", "Enable a plugin (also after it was disabled for misbehaving).") { id }
            : new Command("disable", "Disable a plugin: it is not loaded until enabled again.") { id };
        command.SetAction(parseResult => PluginCommandRunner.Run(parseResult, output =>
        {
            var info = PluginHost.SetEnabled(PluginCommands.OptionsFor(parseResult, folder), parseResult.GetValue(id)!, enable);
            output.WriteLine($"{info.Id} {info.Version} is {(enable ? "enabled" : "disabled")}; this takes effect when plugins are next loaded.");
            if (enable && info.State is PluginState.Failed or PluginState.Incompatible)
            {
                output.WriteLine($"note: it will not load as it stands ({info.State.ToString().ToLowerInvariant()}): {info.Error}");
            }

            return 0;
        }));
        return command;
    }
}
