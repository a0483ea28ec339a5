using System.Data;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Database;

/// <summary>A write transaction: <see cref="Complete"/> commits, disposing without it rolls back.</summary>
public interface IWriteScope : IDisposable
{
    SqliteTransaction Transaction { get; }

    void Complete();
}

/// <summary>A plain write transaction on a connection.</summary>
internal sealed class ConnectionWriteScope(SqliteConnection connection) : IWriteScope
{
    public SqliteTransaction Transaction { get; } = connection.BeginTransaction(IsolationLevel.Serializable);

    public void Complete() => Transaction.Commit();

    public void Dispose() => Transaction.Dispose();
}
