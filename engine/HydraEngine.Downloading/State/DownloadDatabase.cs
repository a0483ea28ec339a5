using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Downloading.State;

/// <summary>
/// One connection to the download state tables (in the store's SQLite file): WAL, a busy timeout, the
/// migrations, and serialised access so concurrent jobs in one process share it safely.
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

    public static DownloadDatabase Open(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode=WAL");
            connection.Execute("PRAGMA busy_timeout=30000");
            connection.Execute("PRAGMA synchronous=NORMAL");
            connection.Execute("PRAGMA foreign_keys=ON");
            var database = new DownloadDatabase(connection, path);
            database.Migrate();
            return database;
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
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

    private void Migrate()
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS dl_schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        var current = connection.ExecuteScalar<long?>("SELECT MAX(version) FROM dl_schema_version") ?? 0;
        var known = DownloadSchema.Migrations.Count;
        if (current > known)
        {
            throw new DownloadException($"the download state in '{Path}' is schema version {current}, newer than this HydraEngine knows ({known}); update HydraEngine");
        }

        foreach (var (version, name, sql) in DownloadSchema.Migrations.Where(migration => migration.Version > current))
        {
            Write((db, transaction) =>
            {
                db.Execute(sql, transaction: transaction);
                db.Execute("INSERT INTO dl_schema_version (version, name) VALUES (@version, @name)", new { version, name }, transaction);
            });
        }
    }
}
