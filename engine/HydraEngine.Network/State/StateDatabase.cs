using Microsoft.Data.Sqlite;

namespace HydraEngine.Network.State;

/// <summary>
/// The SQLite file that keeps cookies, run-time headers and bandwidth usage across runs, in <c>net_*</c> tables (it may be the store's
/// own database). One connection, used under a lock.
/// </summary>
internal sealed class StateDatabase : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS net_cookies (
            domain TEXT NOT NULL, path TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
            expires INTEGER NULL, secure INTEGER NOT NULL, http_only INTEGER NOT NULL,
            PRIMARY KEY (domain, path, name));
        CREATE TABLE IF NOT EXISTS net_bandwidth (
            context TEXT NOT NULL, bandwidth_type INTEGER NOT NULL, bucket_size INTEGER NOT NULL,
            bucket INTEGER NOT NULL, value INTEGER NOT NULL,
            PRIMARY KEY (context, bandwidth_type, bucket_size, bucket));
        CREATE TABLE IF NOT EXISTS net_headers (
            domain TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, value TEXT NOT NULL,
            approved INTEGER NOT NULL, reason TEXT NOT NULL,
            PRIMARY KEY (domain, name));
        """;

    private readonly SqliteConnection connection;

    private StateDatabase(SqliteConnection connection) => this.connection = connection;

    public static StateDatabase Open(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; " + Schema;
            command.ExecuteNonQuery();
        }

        return new StateDatabase(connection);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction.</summary>
    public void Write(Action<SqliteConnection, SqliteTransaction> work)
    {
        lock (connection)
        {
            using var transaction = connection.BeginTransaction();
            work(connection, transaction);
            transaction.Commit();
        }
    }

    public T Read<T>(Func<SqliteConnection, T> work)
    {
        lock (connection)
        {
            return work(connection);
        }
    }

    public void Dispose()
    {
        lock (connection)
        {
            connection.Dispose();
        }
    }
}
