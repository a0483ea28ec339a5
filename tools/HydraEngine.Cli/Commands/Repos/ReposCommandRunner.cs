using System.CommandLine;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Repositories;
using HydraEngine.Storage;

namespace HydraEngine.Cli.Commands.Repos;

/// <summary>Runs a repos command on the opened store; repository and store problems become one clear line.</summary>
internal static class ReposCommandRunner
{
    /// <summary>Every repos command but <c>add</c> needs an existing store (a mistyped --db creates nothing).</summary>
    public static Task<int> RunAsync(ParseResult parseResult, StoreCommandOptions store, Func<HydraStore, Task<int>> action, StoreAccess access = StoreAccess.Reads) =>
        RunAsync(async () =>
        {
            using var opened = store.Open(parseResult, Console.Error, access);
            return await action(opened).ConfigureAwait(false);
        });

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (RepositoryException exception)
        {
            await Console.Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CommandFailures.Failed;
        }
        catch (StoreException exception)
        {
            await Console.Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CommandFailures.Failed;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("stopped: what was processed is kept; the next sync resumes.").ConfigureAwait(false);
            return 0;
        }
        catch (Exception exception)
        {
            return CommandFailures.Report(exception, Console.Error);
        }
    }

    public static Argument<string> NameArgument() => new("name") { Description = "The repository's name in this store." };
}
