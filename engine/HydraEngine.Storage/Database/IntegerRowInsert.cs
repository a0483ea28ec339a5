namespace HydraEngine.Storage.Database;

/// <summary>
/// Inserts rows of integers with one prepared multi-row statement per <see cref="RowsPerStatement"/> rows (and a
/// one-row statement for the rest), in the order they are added: far fewer statement steps than a row at a time.
/// Runs in the connection's transaction; call <see cref="Flush"/> to write what is still buffered before disposing.
/// </summary>
internal sealed class IntegerRowInsert : IDisposable
{
    public const int RowsPerStatement = 64;

    private readonly RawStatement many;
    private readonly RawStatement one;
    private readonly int valuesPerRow;
    private readonly long[] buffer;
    private int buffered;

    /// <param name="database">The store database.</param>
    /// <param name="prefix">e.g. <c>INSERT OR IGNORE INTO t (a, b, c) VALUES </c>.</param>
    /// <param name="row">One row with a <c>?</c> per value, e.g. <c>(?, 5, ?)</c>.</param>
    public IntegerRowInsert(StoreDatabase database, string prefix, string row)
    {
        valuesPerRow = row.Count(character => character == '?');
        buffer = new long[RowsPerStatement * valuesPerRow];
        many = new RawStatement(database.Connection, prefix + string.Join(",", Enumerable.Repeat(row, RowsPerStatement)));
        one = new RawStatement(database.Connection, prefix + row);
    }

    /// <summary>Rows the statements changed so far (inserted, or replaced).</summary>
    public long Changed { get; private set; }

    public void Add(long first, long second)
    {
        buffer[buffered++] = first;
        buffer[buffered++] = second;
        FlushWhenFull();
    }

    public void Add(long first, long second, long third)
    {
        buffer[buffered++] = first;
        buffer[buffered++] = second;
        buffer[buffered++] = third;
        FlushWhenFull();
    }

    /// <summary>Writes the buffered rows.</summary>
    public void Flush()
    {
        for (var offset = 0; offset < buffered; offset += valuesPerRow)
        {
            for (var value = 0; value < valuesPerRow; value++)
            {
                one.Bind(value + 1, buffer[offset + value]);
            }

            Changed += one.Execute();
        }

        buffered = 0;
    }

    public void Dispose()
    {
        many.Dispose();
        one.Dispose();
    }

    private void FlushWhenFull()
    {
        if (buffered < buffer.Length)
        {
            return;
        }

        for (var index = 0; index < buffer.Length; index++)
        {
            many.Bind(index + 1, buffer[index]);
        }

        Changed += many.Execute();
        buffered = 0;
    }
}
