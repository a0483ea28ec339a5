using System.Data;
using Dapper;
using HydraEngine.Database;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Storage.Database;

/// <summary>
/// One SQLite connection to a store's database, opened by the engine's one opener (WAL, the chosen synchronous
/// level), with an ambient write transaction every helper joins. Not thread-safe: one per thread.
/// </summary>
internal sealed class StoreDatabase : IDisposable
{
    private WriteTransaction? current;

    private StoreDatabase(SqliteConnection connection)
    {
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    public SqliteTransaction? Transaction => current?.Transaction;

    /// <summary>Counts this connection's commits; with <see cref="DataVersion"/> it tells caches the data moved.</summary>
    public long Generation { get; private set; }

    /// <summary>SQLite's <c>PRAGMA data_version</c>: changes when another connection commits.</summary>
    public long DataVersion => Connection.ExecuteScalar<long>("PRAGMA data_version");

    public static StoreDatabase Open(string databasePath, StoreOptions options) => new(SqliteOpener.Open(databasePath, options.Database));

    /// <summary>Starts a write transaction (BEGIN IMMEDIATE), or joins the one already running.</summary>
    public WriteTransaction BeginWrite()
    {
        if (current is not null)
        {
            return WriteTransaction.Joined(current);
        }

        current = WriteTransaction.Begin(Connection.BeginTransaction(IsolationLevel.Serializable), committed =>
        {
            current = null;
            if (committed)
            {
                Generation++;
            }
            else
            {
                RolledBack?.Invoke();
            }
        });
        return current;
    }

    /// <summary>Raised after a rollback, so in-memory caches can drop ids that were never committed.</summary>
    public event Action? RolledBack;

    public int Execute(string sql, object? param = null) => Connection.Execute(sql, param, Transaction);

    public T? ExecuteScalar<T>(string sql, object? param = null) => Connection.ExecuteScalar<T>(sql, param, Transaction);

    public IEnumerable<T> Query<T>(string sql, object? param = null) => Connection.Query<T>(sql, param, Transaction);

    public T? QuerySingleOrDefault<T>(string sql, object? param = null) => Connection.QuerySingleOrDefault<T>(sql, param, Transaction);

    /// <summary>A command bound to the ambient transaction, for hot loops that rebind parameters.</summary>
    public SqliteCommand CreateCommand(string sql)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        return command;
    }

    public void Dispose() => Connection.Dispose();
}
