using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Storage.Database;

/// <summary>
/// One SQLite connection to a store's database, with the pragmas the store relies on (WAL, the chosen
/// synchronous level) and an ambient write transaction every helper joins. Not thread-safe: one per thread.
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

    public static StoreDatabase Open(string databasePath, StoreOptions options)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.EffectiveBusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var database = new StoreDatabase(connection);
            database.ApplyPragmas(options);
            return database;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

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

    private void ApplyPragmas(StoreOptions options)
    {
        var journal = Connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL");
        if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException($"could not switch the database to WAL journaling (it reports '{journal}'); is it on a network file system?");
        }

        Connection.Execute($"PRAGMA synchronous={(int)options.Synchronous}");
        Connection.Execute($"PRAGMA busy_timeout={(int)options.EffectiveBusyTimeout.TotalMilliseconds}");
        Connection.Execute($"PRAGMA cache_size={-1024 * options.CacheMegabytes}");
        Connection.Execute("PRAGMA temp_store=MEMORY");
        Connection.Execute("PRAGMA foreign_keys=OFF");
    }
}
