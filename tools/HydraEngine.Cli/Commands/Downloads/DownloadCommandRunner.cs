using System.CommandLine;
using HydraEngine.Downloading;
using HydraEngine.Library;
using HydraEngine.Matching;
using HydraEngine.Network;
using HydraEngine.Storage;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>Runs a download command so that every failure becomes one clear "error: …" line and an exit code.</summary>
internal static class DownloadCommandRunner
{
    public const int Failed = CommandFailures.Failed;

    public static Task<int> RunAsync(ParseResult parseResult, Func<TextWriter, TextWriter, Task<int>> action)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        return RunAsync(error, () => action(output, error));
    }

    /// <summary>Runs <paramref name="action"/>; a failure is written to <paramref name="error"/> as one line.</summary>
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception) when (Describe(exception) is { } message)
        {
            error.WriteLine($"error: {message}");
            return Failed;
        }
        catch (Exception exception)
        {
            return CommandFailures.Report(exception, error);
        }
    }

    public static Task<int> RunAsync(ParseResult parseResult, Func<TextWriter, TextWriter, int> action) =>
        RunAsync(parseResult, (output, error) => Task.FromResult(action(output, error)));

    /// <summary>The message of a failure the user can act on, or null for an unexpected one.</summary>
    private static string? Describe(Exception exception) => exception switch
    {
        DownloadException or LibraryException or StoreException or UrlClassException or HydraEngine.Database.DatabaseSchemaException => DatabaseProblems.Explain(exception),
        NetworkException network => network.Url is { } url && !network.Message.Contains(url.ToString(), StringComparison.Ordinal) ? $"{url}: {network.Message}" : network.Message,
        _ => null,
    };
}
