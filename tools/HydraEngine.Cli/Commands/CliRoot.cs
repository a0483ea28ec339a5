using System.CommandLine;

namespace HydraEngine.Cli.Commands;

/// <summary>The <c>hydra</c> root command with every subcommand (Program runs it; tests invoke it in-process).</summary>
public static class CliRoot
{
    public static RootCommand Create() => Create(CliEnvironment.None);

    /// <summary><c>hydra --profile COMMAND...</c>: writes a profile of the command (see <see cref="Profiling.CommandProfiler"/>).</summary>
    public static Option<bool> Profile { get; } = new("--profile")
    {
        Description = "Write hydra-profile-<time>.txt in the current folder: top methods by inclusive time and SQL statements by total time and count (attach it to a bug report).",
        Recursive = true,
    };

    internal static RootCommand Create(CliEnvironment environment)
    {
        var root = new HydraRootCommand(environment, "hydra: HydraEngine, a downloader engine for hydrus network's downloader definitions.") { Profile };
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(Plugins.PluginCommands.Create());
        root.Subcommands.Add(Serve.ServeCommand.Create());
        root.Subcommands.Add(Api.ApiKeyCommands.Create());
        root.Subcommands.Add(Duplicates.DuplicatesCommands.Create());
        root.Subcommands.Add(Repos.ReposCommands.Create());
        foreach (var command in Library.LibraryCommands.Create().Concat(Store.StoreCommands.Create()).Concat(Downloads.DownloadCommands.Create()))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>
    /// Ctrl-C is left to the commands that run downloads (they stop cleanly and exit 0); System.CommandLine's own
    /// handling would end them after two seconds.
    /// </summary>
    public static InvocationConfiguration Invocation() => new() { ProcessTerminationTimeout = null };
}
