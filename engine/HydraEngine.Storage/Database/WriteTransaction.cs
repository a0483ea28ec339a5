using HydraEngine.Database;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Storage.Database;

/// <summary>
/// A write transaction scope. Call <see cref="Complete"/> before disposing to commit; disposing without it
/// rolls back. A joined scope (a nested <see cref="StoreDatabase.BeginWrite"/>) commits with its outer scope.
/// </summary>
internal sealed class WriteTransaction : IWriteScope
{
    private readonly Action<bool>? onEnd;
    private readonly bool owner;
    private bool completed;
    private bool ended;

    private WriteTransaction(SqliteTransaction transaction, bool owner, Action<bool>? onEnd)
    {
        Transaction = transaction;
        this.owner = owner;
        this.onEnd = onEnd;
    }

    public SqliteTransaction Transaction { get; }

    public static WriteTransaction Begin(SqliteTransaction transaction, Action<bool> onEnd) => new(transaction, true, onEnd);

    public static WriteTransaction Joined(WriteTransaction outer) => new(outer.Transaction, false, null);

    public void Complete()
    {
        if (owner)
        {
            Transaction.Commit();
            completed = true;
            End();
        }
        else
        {
            completed = true;
        }
    }

    public void Dispose()
    {
        if (!owner || ended)
        {
            return;
        }

        try
        {
            if (!completed)
            {
                Transaction.Rollback();
            }
        }
        finally
        {
            End();
        }
    }

    private void End()
    {
        ended = true;
        Transaction.Dispose();
        onEnd?.Invoke(completed);
    }
}
