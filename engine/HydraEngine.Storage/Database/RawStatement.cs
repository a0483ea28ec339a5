using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HydraEngine.Storage.Database;

/// <summary>
/// A prepared statement driven straight through SQLite's C API, for bulk loops where ADO.NET's per-row
/// parameter objects would dominate. Runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 handle;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        handle = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(handle, sql, out statement));
    }

    public RawStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, ReadOnlySpan<byte> value)
    {
        Check(raw.sqlite3_bind_blob(statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, string value)
    {
        Check(raw.sqlite3_bind_text(statement, index, value));
        return this;
    }

    /// <summary>Binds a named parameter (<c>@name</c>) as text.</summary>
    public RawStatement Bind(string name, string value)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        return index > 0 ? Bind(index, value) : throw new ArgumentException($"the statement has no parameter {name}", nameof(name));
    }

    /// <summary>Runs a query and collects its first column as integers.</summary>
    public List<long> ReadInt64Column()
    {
        var result = new List<long>();
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                result.Add(raw.sqlite3_column_int64(statement, 0));
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }

        return result;
    }

    /// <summary>Runs a query and hands each row's first two integer columns to <paramref name="row"/>.</summary>
    public void ForEachInt64Pair(Action<long, long> row)
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                row(raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_int64(statement, 1));
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Runs a query and returns its first column of the first row as bytes, or null when there is no row.</summary>
    public byte[]? ScalarBlob()
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW)
            {
                return raw.sqlite3_column_blob(statement, 0).ToArray();
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }

            return null;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Runs a statement that returns no rows; returns the number of rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            Check(rc);
        }

        return raw.sqlite3_changes(handle);
    }

    /// <summary>Runs a statement and returns its first column of the first row, or null when there is no row.</summary>
    public long? ScalarInt64()
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW)
            {
                return raw.sqlite3_column_int64(statement, 0);
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }

            return null;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(handle).utf8_to_string()}", rc);
        }
    }
}
