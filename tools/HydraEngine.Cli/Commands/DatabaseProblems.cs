using Microsoft.Data.Sqlite;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// SQLite's terse errors ("SQLite Error 26: 'file is not a database'") as sentences that say what is wrong with the
/// file and what to do; the engine's message already names the file.
/// </summary>
internal static class DatabaseProblems
{
    /// <summary><paramref name="exception"/>'s message with any SQLite error in it (or under it) put as a sentence.</summary>
    public static string Explain(Exception exception)
    {
        var sqlite = Find(exception);
        if (sqlite is null || Sentence(sqlite.SqliteErrorCode) is not { } sentence)
        {
            return exception.Message;
        }

        return exception.Message.Contains(sqlite.Message, StringComparison.Ordinal)
            ? exception.Message.Replace(sqlite.Message, sentence, StringComparison.Ordinal)
            : $"{exception.Message}: {sentence}";
    }

    /// <summary>A sentence for SQLite's primary result code, or null for one without a clear fix.</summary>
    public static string? Sentence(int code) => (code & 0xFF) switch
    {
        26 => "this file is not a SQLite database (a mistyped --db, or a file that is not a hydra store); point --db at hydra.db",
        14 => "the database file cannot be opened (its folder is missing or not readable); check the path and the folder's permissions",
        8 => "the database is read-only (check the permissions of the file and its folder, or copy the store somewhere writable)",
        11 => "the database file is damaged; restore it from a backup (`hydra db backup` makes one)",
        13 => "the disk is full; free some space and run the command again",
        23 => "access to the database was denied; check the permissions of the file and its folder",
        5 or 6 => "the database is busy with another hydra process; wait for it to finish, then try again",
        10 => "a disk read or write failed; check the disk and the file's permissions",
        _ => null,
    };

    private static SqliteException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return sqlite;
            }
        }

        return null;
    }
}
