using System.Text;
using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Tags;

/// <summary>
/// Inserts many rows that share a key with multi-row <c>INSERT OR IGNORE</c> statements of 64, 16, 4 and 1 rows
/// (the key bound once per statement), and counts how many rows were new.
/// </summary>
internal sealed class GroupedInsert : IDisposable
{
    private static readonly int[] Sizes = [64, 16, 4, 1];

    private readonly RawStatement[] statements;

    /// <param name="database">The store database.</param>
    /// <param name="prefix">e.g. <c>INSERT OR IGNORE INTO t (a, b, c) VALUES </c>.</param>
    /// <param name="row">One row's values, with <c>{key}</c> and <c>{value}</c> placeholders, e.g. <c>(5, {key}, {value})</c>.</param>
    public GroupedInsert(StoreDatabase database, string prefix, string row)
    {
        statements = Sizes.Select(size => new RawStatement(database.Connection, prefix + Rows(row, size))).ToArray();
    }

    /// <summary>Inserts (key, value) for every value; returns how many rows were new.</summary>
    public long Insert(long key, ReadOnlySpan<long> values)
    {
        long added = 0;
        var offset = 0;
        for (var which = 0; which < Sizes.Length; which++)
        {
            var size = Sizes[which];
            var statement = statements[which];
            while (values.Length - offset >= size)
            {
                statement.Bind(1, key);
                for (var index = 0; index < size; index++)
                {
                    statement.Bind(index + 2, values[offset + index]);
                }

                added += statement.Execute();
                offset += size;
            }
        }

        return added;
    }

    public void Dispose()
    {
        foreach (var statement in statements)
        {
            statement.Dispose();
        }
    }

    private static string Rows(string row, int size)
    {
        var builder = new StringBuilder();
        for (var index = 0; index < size; index++)
        {
            builder.Append(index == 0 ? "" : ",").Append(row.Replace("{key}", "?1", StringComparison.Ordinal).Replace("{value}", $"?{index + 2}", StringComparison.Ordinal));
        }

        return builder.ToString();
    }
}
