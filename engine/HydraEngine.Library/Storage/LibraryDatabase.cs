using System.Data;
using HydraEngine.Database;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Library.Storage;

/// <summary>
/// One connection to the library's SQLite file, opened by the engine's one opener and migrated by its one runner, and
/// write transactions (BEGIN IMMEDIATE) that either commit whole or leave the file exactly as it was.
/// </summary>
internal sealed class LibraryDatabase : IDisposable
{
    private LibraryDatabase(SqliteConnection connection, string path, TimeProvider clock)
    {
        Connection = connection;
        Path = path;
        Clock = clock;
    }

    public SqliteConnection Connection { get; }

    public string Path { get; }

    /// <summary>The engine's clock, which dates versions, links and test packs.</summary>
    public TimeProvider Clock { get; }

    public static LibraryDatabase Open(string path, DatabaseOptions options, TimeProvider clock)
    {
        SqliteConnection? connection = null;
        try
        {
            connection = SqliteOpener.Open(path, options);
            SchemaMigrator.Migrate(connection, LibrarySchema.Component, clock: clock);
            return new LibraryDatabase(connection, path, clock);
        }
        catch (DatabaseSchemaException exception)
        {
            connection?.Dispose();
            throw new LibraryException(exception.Message, inner: exception);
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            connection?.Dispose();
            throw new LibraryException($"cannot open the library database '{path}': {exception.Message}", inner: exception);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction; any exception rolls everything back.</summary>
    public T Write<T>(Func<SqliteTransaction, T> work)
    {
        using var transaction = Connection.BeginTransaction(IsolationLevel.Serializable);
        var result = work(transaction);
        transaction.Commit();
        return result;
    }

    public void Dispose() => Connection.Dispose();
}
