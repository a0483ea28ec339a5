using Dapper;
using HydraEngine.Database;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Network.State;

/// <summary>
/// The SQLite file that keeps cookies, run-time headers, bandwidth usage and size limits across runs, in <c>net_*</c> tables (it may be the store's
/// own database), opened by the engine's one opener. One connection, used under a lock.
/// </summary>
internal sealed class StateDatabase : IDisposable
{
    /// <summary>
    /// Component <c>network</c> of <c>schema_versions</c>. Its first step creates the tables only where missing: earlier
    /// releases made them without any version, and they are adopted as version 1. A new table is a new step at the end.
    /// </summary>
    private static readonly SchemaComponent Component = new(
        "network",
        [
            Step(1, "cookies and bandwidth usage", """
                CREATE TABLE IF NOT EXISTS net_cookies (
                    domain TEXT NOT NULL, path TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
                    expires INTEGER NULL, secure INTEGER NOT NULL, http_only INTEGER NOT NULL,
                    PRIMARY KEY (domain, path, name));
                CREATE TABLE IF NOT EXISTS net_bandwidth (
                    context TEXT NOT NULL, bandwidth_type INTEGER NOT NULL, bucket_size INTEGER NOT NULL,
                    bucket INTEGER NOT NULL, value INTEGER NOT NULL,
                    PRIMARY KEY (context, bandwidth_type, bucket_size, bucket));
                """),
            Step(2, "run-time headers", """
                CREATE TABLE IF NOT EXISTS net_headers (
                    domain TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, value TEXT NOT NULL,
                    approved INTEGER NOT NULL, reason TEXT NOT NULL,
                    PRIMARY KEY (domain, name));
                """),
            Step(3, "login credentials", """
                CREATE TABLE IF NOT EXISTS net_login_credentials (
                    domain TEXT NOT NULL, script TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
                    PRIMARY KEY (domain, name));
                """),
            Step(4, "page and file size limits per domain", """
                CREATE TABLE net_size_limits (
                    domain TEXT NOT NULL PRIMARY KEY, max_page_bytes INTEGER NULL, max_file_bytes INTEGER NULL);
                """),
        ]);

    private readonly SqliteConnection connection;

    private StateDatabase(SqliteConnection connection) => this.connection = connection;

    public static StateDatabase Open(string path, DatabaseOptions options)
    {
        var connection = SqliteOpener.Open(path, options);
        try
        {
            SchemaMigrator.Migrate(connection, Component);
            return new StateDatabase(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
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

    private static SchemaMigration Step(int version, string name, string sql) =>
        new(version, name, transaction => transaction.Connection!.Execute(sql, transaction: transaction));
}
