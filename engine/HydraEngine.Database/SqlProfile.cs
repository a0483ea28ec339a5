using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HydraEngine.Database;

/// <summary>
/// Statement timings from every connection it is attached to (SQLite's own profile callback, so nothing the engine
/// runs escapes it): per statement text, how often it ran and for how long in total.
/// </summary>
public sealed class SqlProfile
{
    private readonly ConcurrentDictionary<string, StatementTotals> statements = new(StringComparer.Ordinal);
    private readonly List<delegate_profile> callbacks = [];

    /// <summary>Every statement seen, the slowest in total first.</summary>
    public IReadOnlyList<SqlStatementTime> Statements =>
        statements.Select(pair => new SqlStatementTime(pair.Key, pair.Value.Count, TimeSpan.FromTicks(pair.Value.Nanoseconds / 100)))
            .OrderByDescending(statement => statement.Total)
            .ToArray();

    internal void Attach(SqliteConnection connection)
    {
        delegate_profile callback = (_, statement, nanoseconds) => Record(statement.utf8_to_string(), nanoseconds);
        lock (callbacks)
        {
            // Kept alive for as long as the profile: SQLite calls back through it.
            callbacks.Add(callback);
        }

        raw.sqlite3_profile(connection.Handle, callback, null);
    }

    private void Record(string statement, long nanoseconds)
    {
        var key = string.Join(' ', statement.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var totals = statements.GetOrAdd(key, _ => new StatementTotals());
        Interlocked.Increment(ref totals.Count);
        Interlocked.Add(ref totals.Nanoseconds, nanoseconds);
    }

    private sealed class StatementTotals
    {
        public long Count;
        public long Nanoseconds;
    }
}

/// <summary>One statement's totals: how often it ran, and for how long altogether.</summary>
public sealed record SqlStatementTime(string Sql, long Count, TimeSpan Total);
