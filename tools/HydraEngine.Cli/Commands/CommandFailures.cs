using Microsoft.Data.Sqlite;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// The one place an unexpected or environmental failure (database, disk, anything else) becomes a one-line
/// message and an exit code, so no command lets a stack trace through.
/// </summary>
internal static class CommandFailures
{
    public const int Failed = ExitCodes.Failed;
    public const int Unexpected = ExitCodes.Unexpected;

    /// <summary>Writes one "error: …" line (naming <paramref name="databasePath"/> for a database problem, when known) and returns the exit code.</summary>
    public static int Report(Exception exception, TextWriter error, string? databasePath = null)
    {
        var (message, code) = exception switch
        {
            SqliteException => ($"the database {(databasePath is null ? "" : $"'{databasePath}' ")}reported a problem: {DatabaseProblems.Explain(exception)}", Failed),
            IOException or UnauthorizedAccessException => (exception.Message, Failed),
            _ => ($"unexpected {exception.GetType().Name}: {exception.Message}", Unexpected),
        };
        error.WriteLine($"error: {message}");
        return code;
    }
}
