using System.CommandLine;
using HydraEngine.Library;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>Opens the library for one command and turns every failure into a clear message and an exit code.</summary>
internal static class LibraryCommandRunner
{
    public const int Failed = CommandFailures.Failed;
    public const int NotApplied = 3;
    public const int Unexpected = CommandFailures.Unexpected;

    public static int Run(ParseResult parseResult, Option<string?> database, Func<DownloaderLibrary, TextWriter, TextWriter, int> action, bool warnUnloadable = true)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            var registries = CliEnvironment.Of(parseResult).Registries;
            using var library = DownloaderLibrary.Open(parseResult.GetValue(database), registries.Strings, registries.Definitions);
            if (warnUnloadable)
            {
                WarnUnloadable(library, error);
            }

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

    /// <summary>A stored row that does not load is skipped, not fatal: say which, and how to repair it.</summary>
    private static void WarnUnloadable(DownloaderLibrary library, TextWriter error)
    {
        foreach (var broken in library.Unloadable)
        {
            error.WriteLine($"warning: the stored {broken.Kind} '{broken.Name}' v{broken.Version} does not load and is skipped ({broken.Problem}); see `hydra downloaders check`, fix with `hydra downloaders repair`.");
        }
    }
}
