using System.Data;
using HydraEngine.Database;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Downloading.State;

/// <summary>
/// One connection to the download state tables (in the store's SQLite file), opened by the engine's one opener and
/// migrated by its one runner, with serialised access so concurrent jobs in one process share it safely.
/// </summary>
internal sealed class DownloadDatabase : IDisposable
{
    private readonly object gate = new();
    private readonly SqliteConnection connection;

    private DownloadDatabase(SqliteConnection connection, string path)
    {
        this.connection = connection;
        Path = path;
    }

    public string Path { get; }

    public static DownloadDatabase Open(string path) => Open(path, DatabaseOptions.Default);

    /// <summary>Opens the download state with the engine's pragmas (foreign keys on: seed logs cascade).</summary>
    public static DownloadDatabase Open(string path, DatabaseOptions options)
    {
        SqliteConnection? connection = null;
        try
        {
            connection = SqliteOpener.Open(path, options with { ForeignKeys = true });
            SchemaMigrator.Migrate(connection, DownloadSchema.Component);
            return new DownloadDatabase(connection, path);
        }
        catch (Exception exception) when (exception is SqliteException or DatabaseSchemaException)
        {
            connection?.Dispose();
            throw new DownloadException($"cannot open the download state in '{path}': {exception.Message}", exception);
        }
    }

    /// <summary>Runs a read under the connection lock.</summary>
    public T Read<T>(Func<SqliteConnection, T> work)
    {
        lock (gate)
        {
            return work(connection);
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction; any exception rolls it all back.</summary>
    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction(IsolationLevel.Serializable);
            var result = work(connection, transaction);
            transaction.Commit();
            return result;
        }
    }

    public void Write(Action<SqliteConnection, SqliteTransaction> work) => Write((db, transaction) =>
    {
        work(db, transaction);
        return 0;
    });

    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }
}
