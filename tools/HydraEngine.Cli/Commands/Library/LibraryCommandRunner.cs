using System.CommandLine;
using HydraEngine.Database;
using HydraEngine.Library;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>Opens the library for one command and turns every failure into a clear message and an exit code.</summary>
internal static class LibraryCommandRunner
{
    public const int Failed = CommandFailures.Failed;
    public const int NotApplied = 3;
    public const int Unexpected = CommandFailures.Unexpected;

    /// <summary>Runs <paramref name="action"/> on the library; a command that only reads (<paramref name="access"/>) refuses a database that does not exist.</summary>
    public static int Run(ParseResult parseResult, Option<string?> database, Func<DownloaderLibrary, TextWriter, TextWriter, int> action, StoreAccess access = StoreAccess.Writes, bool warnUnloadable = true)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        string? path = null;
        try
        {
            path = HydraEngine.Library.Storage.LibraryLocation.Resolve(parseResult.GetValue(database));
            StorePresence.Check(path, access, error);
            var registries = CliEnvironment.Of(parseResult).Registries;
            using var library = DownloaderLibrary.Open(path, DatabaseOptions.Default, registries.Strings, registries.Definitions);
            if (warnUnloadable)
            {
                WarnUnloadable(library, error);
            }

            return action(library, output, error);
        }
        catch (Exception exception) when (exception is LibraryException or HydraEngine.Storage.StoreException)
        {
            error.WriteLine($"error: {DatabaseProblems.Explain(exception)}");
            return Failed;
        }
        catch (Exception exception)
        {
            return CommandFailures.Report(exception, error, path);
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
