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

    public static int Report(Exception exception, TextWriter error)
    {
        var (message, code) = exception switch
        {
            SqliteException sqlite => ($"the database reported a problem: {sqlite.Message}", Failed),
            IOException or UnauthorizedAccessException => (exception.Message, Failed),
            _ => ($"unexpected {exception.GetType().Name}: {exception.Message}", Unexpected),
        };
        error.WriteLine($"error: {message}");
        return code;
    }
}
