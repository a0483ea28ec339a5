using System.CommandLine;
using HydraEngine.Cli.Commands.Library;

namespace HydraEngine.Library.Tests.Cli;

/// <summary>Runs the library commands in process, as the hydra root command would, capturing their output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Output, string Error) Run(params string[] args) => Run(new LibraryTerminal(TextReader.Null, false), args);

    public static (int Exit, string Output, string Error) Run(LibraryTerminal terminal, params string[] args)
    {
        var root = new RootCommand("test");
        foreach (var command in LibraryCommands.Create(terminal))
        {
            root.Subcommands.Add(command);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
