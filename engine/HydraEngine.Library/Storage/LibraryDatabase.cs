using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Library.Storage;

/// <summary>
/// One connection to the library's SQLite file: WAL journaling, a busy timeout, the library's migrations, and
/// write transactions (BEGIN IMMEDIATE) that either commit whole or leave the file exactly as it was.
/// </summary>
internal sealed class LibraryDatabase : IDisposable
{
    private LibraryDatabase(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    public SqliteConnection Connection { get; }

    public string Path { get; }

    public static LibraryDatabase Open(string path)
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
            var journal = connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL");
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new LibraryException($"could not switch {path} to WAL journaling (it reports '{journal}'); is it on a network file system?");
            }

            connection.Execute("PRAGMA busy_timeout=30000");
            connection.Execute("PRAGMA synchronous=NORMAL");
            var database = new LibraryDatabase(connection, path);
            database.Migrate();
            return database;
        }
        catch
        {
            connection.Dispose();
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

    private void Migrate()
    {
        Connection.Execute("CREATE TABLE IF NOT EXISTS library_schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms INTEGER NOT NULL)");
        var known = LibrarySchema.Migrations.Count;
        if (Connection.ExecuteScalar<long?>("SELECT MAX(version) FROM library_schema_version") == known)
        {
            return;
        }

        foreach (var (version, name, sql) in LibrarySchema.Migrations)
        {
            Write(transaction =>
            {
                var current = Connection.ExecuteScalar<long?>("SELECT MAX(version) FROM library_schema_version", transaction: transaction) ?? 0;
                if (current > known)
                {
                    throw new LibraryException($"this database's downloader library has schema version {current}, newer than this program knows ({known}); use a newer hydra");
                }

                if (current < version)
                {
                    Connection.Execute(sql, transaction: transaction);
                    Connection.Execute(
                        "INSERT INTO library_schema_version (version, name, applied_ms) VALUES (@version, @name, @now)",
                        new { version, name, now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() },
                        transaction);
                }

                return 0;
            });
        }
    }
}
