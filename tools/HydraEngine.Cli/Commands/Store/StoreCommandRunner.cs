using HydraEngine.Storage;
using HydraEngine.Storage.Search;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>Runs a store command so that no raw exception reaches the user: every failure becomes one clear line.</summary>
internal static class StoreCommandRunner
{
    public const int Failed = CommandFailures.Failed;
    public const int Unexpected = CommandFailures.Unexpected;

    public static int Run(TextWriter error, Func<int> action, string? query = null)
    {
        try
        {
            return action();
        }
        catch (QuerySyntaxException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            if (query is not null && !query.Contains('\n'))
            {
                error.WriteLine($"  {query}");
                error.WriteLine($"  {new string(' ', Math.Max(0, exception.Column - 1))}^");
            }

            return Failed;
        }
        catch (StoreException exception)
        {
            error.WriteLine($"error: {DatabaseProblems.Explain(exception)}");
            return Failed;
        }
        catch (Exception exception)
        {
            return CommandFailures.Report(exception, error);
        }
    }
}
