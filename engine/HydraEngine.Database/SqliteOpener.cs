using Dapper;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Database;

/// <summary>
/// The one way the engine opens its SQLite file: WAL, then every pragma of <see cref="DatabaseOptions"/> once, and
/// the statement profiler when asked. Every component (store, library, downloads, network) opens through here.
/// </summary>
public static class SqliteOpener
{
    public static SqliteConnection Open(string path, DatabaseOptions options)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.EffectiveBusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            ApplyPragmas(connection, options);
            options.Profile?.Attach(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void ApplyPragmas(SqliteConnection connection, DatabaseOptions options)
    {
        if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master") == 0)
        {
            // A new file: pages freed later can be given back a slice at a time (maintenance's incremental vacuum).
            connection.Execute("PRAGMA auto_vacuum=INCREMENTAL");
        }

        var journal = connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL");
        if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new DatabaseSchemaException($"could not switch {connection.DataSource} to WAL journaling (it reports '{journal}'); is it on a network file system?");
        }

        connection.Execute($"""
            PRAGMA synchronous={(int)options.Synchronous};
            PRAGMA busy_timeout={(int)options.EffectiveBusyTimeout.TotalMilliseconds};
            PRAGMA cache_size={-1024 * options.CacheMegabytes};
            PRAGMA temp_store=MEMORY;
            PRAGMA foreign_keys={(options.ForeignKeys ? "ON" : "OFF")};
            """);
    }
}
