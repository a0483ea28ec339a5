using Microsoft.Data.Sqlite;

namespace HydraEngine.Storage.Database;

/// <summary>
/// One SQL statement with integer parameters, prepared once per store and run many times (SQLite parses it once
/// instead of on every call); each run joins whatever write transaction the connection has open.
/// </summary>
internal sealed class PreparedCommand
{
    private readonly StoreDatabase database;
    private readonly string sql;
    private readonly string[] parameterNames;
    private SqliteCommand? command;
    private SqliteParameter[] parameters = [];

    public PreparedCommand(StoreDatabase database, string sql, params string[] parameterNames)
    {
        this.database = database;
        this.sql = sql;
        this.parameterNames = parameterNames;
    }

    /// <summary>Runs the statement with <paramref name="values"/> bound to the parameters in order; returns the rows changed.</summary>
    public int Execute(params ReadOnlySpan<long> values)
    {
        var prepared = Command();
        for (var index = 0; index < parameters.Length; index++)
        {
            parameters[index].Value = values[index];
        }

        return prepared.ExecuteNonQuery();
    }

    private SqliteCommand Command()
    {
        if (command is null)
        {
            command = database.Connection.CreateCommand();
            command.CommandText = sql;
            parameters = parameterNames.Select(name => command.Parameters.Add(name, SqliteType.Integer)).ToArray();
        }

        command.Transaction = database.Transaction;
        return command;
    }
}
