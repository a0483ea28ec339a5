using System.CommandLine;
using HydraEngine.Library;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>Opens the library for one command and turns every failure into a clear message and an exit code.</summary>
internal static class LibraryCommandRunner
{
    public const int Failed = CommandFailures.Failed;
    public const int NotApplied = 3;
    public const int Unexpected = CommandFailures.Unexpected;

    public static int Run(ParseResult parseResult, Option<string?> database, Func<DownloaderLibrary, TextWriter, TextWriter, int> action)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            using var library = DownloaderLibrary.Open(parseResult.GetValue(database), InstalledPlugins.Registries().Strings, InstalledPlugins.Registries().Definitions);
            return action(library, output, error);
        }
        catch (LibraryException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return Failed;
        }
        catch (Exception exception)
        {
            return CommandFailures.Report(exception, error);
        }
    }
}
