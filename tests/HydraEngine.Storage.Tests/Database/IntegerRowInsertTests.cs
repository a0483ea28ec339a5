using Dapper;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Database;

public sealed class IntegerRowInsertTests
{
    [Fact]
    public void Rows_beyond_several_full_statements_are_all_written_once_and_counted()
    {
        using var temp = new TempStore();
        using var database = StoreDatabase.Open(temp.Location.DatabasePath, StoreOptions.Default);
        database.Execute("CREATE TABLE pairs (a INTEGER, fixed INTEGER, b INTEGER, PRIMARY KEY (a, b))");
        var rows = IntegerRowInsert.RowsPerStatement * 2 + 5;

        using (var insert = new IntegerRowInsert(database, "INSERT OR IGNORE INTO pairs (a, fixed, b) VALUES ", "(?, 7, ?)"))
        {
            for (var index = 0; index < rows; index++)
            {
                insert.Add(index, index * 10);
            }

            insert.Add(0, 0);
            insert.Flush();
            insert.Changed.ShouldBe(rows);
        }

        database.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM pairs WHERE fixed = 7 AND b = a * 10").ShouldBe(rows);
    }

    [Fact]
    public void Rows_not_flushed_are_not_written()
    {
        using var temp = new TempStore();
        using var database = StoreDatabase.Open(temp.Location.DatabasePath, StoreOptions.Default);
        database.Execute("CREATE TABLE triples (a INTEGER, b INTEGER, c INTEGER)");

        using (var insert = new IntegerRowInsert(database, "INSERT INTO triples (a, b, c) VALUES ", "(?, ?, ?)"))
        {
            insert.Add(1, 2, 3);
        }

        database.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM triples").ShouldBe(0);
    }
}
