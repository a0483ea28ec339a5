using System.CommandLine;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands.Plugins;

/// <summary><c>hydra plugins install PATH|ID</c>: copies a built plugin folder (or a sample plugin the solution builds, by id) into the plugins folder.</summary>
internal static class PluginsInstallCommand
{
    public static Command Create(Option<string?> folder)
    {
        var source = new Argument<string>("source") { Description = "A built plugin folder (with its plugin.json), or the id of a plugin this solution builds (e.g. HydraEngine.XPath)." };
        var command = new Command("install", "Install a plugin folder, or a sample plugin by id; it loads at the next start.") { source };
        command.SetAction(parseResult => PluginCommandRunner.Run(parseResult, output =>
        {
            var given = parseResult.GetValue(source)!;
            var path = Directory.Exists(given) ? given : SamplePlugins.Find(given)
                ?? throw new PluginException(given, $"\"{given}\" is neither a plugin folder nor the id of a plugin this solution builds (build it first: dotnet build plugins/{given}).", pluginDisabled: false);
            var options = PluginCommands.OptionsFor(parseResult, folder);
            var info = PluginHost.Install(options, path);
            output.WriteLine($"installed {info.Id} {info.Version} into {Path.Combine(options.PluginsFolder, info.Id)}; it loads at the next start.");
            return 0;
        }));
        return command;
    }
}
