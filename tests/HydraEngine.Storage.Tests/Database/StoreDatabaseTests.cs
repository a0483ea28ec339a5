using Dapper;
using HydraEngine.Database;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Database;

public sealed class StoreDatabaseTests
{
    [Fact]
    public void Given_default_options_when_opened_then_journal_is_wal_and_synchronous_is_normal()
    {
        using var temp = new TempStore();
        using var database = StoreDatabase.Open(temp.Location.DatabasePath, StoreOptions.Default);

        database.Connection.ExecuteScalar<string>("PRAGMA journal_mode").ShouldBe("wal");
        database.Connection.ExecuteScalar<long>("PRAGMA synchronous").ShouldBe(1);
    }

    [Theory]
    [InlineData(SynchronousMode.Off, 0)]
    [InlineData(SynchronousMode.Full, 2)]
    [InlineData(SynchronousMode.Extra, 3)]
    public void Given_a_synchronous_override_when_opened_then_the_pragma_follows_it(SynchronousMode mode, long expected)
    {
        using var temp = new TempStore();
        using var database = StoreDatabase.Open(temp.Location.DatabasePath, new StoreOptions(mode));

        database.Connection.ExecuteScalar<long>("PRAGMA synchronous").ShouldBe(expected);
    }

    [Fact]
    public void Given_synchronous_off_then_the_options_carry_a_warning()
    {
        new StoreOptions(SynchronousMode.Off).Warning.ShouldNotBeNull().ShouldContain("corrupt");
        StoreOptions.Default.Warning.ShouldBeNull();
    }

    [Fact]
    public void Given_a_write_that_is_not_completed_when_disposed_then_it_rolls_back()
    {
        using var temp = new TempStore();
        using var database = StoreDatabase.Open(temp.Location.DatabasePath, StoreOptions.Default);
        using (database.BeginWrite())
        {
            database.Execute("INSERT INTO namespaces (namespace) VALUES ('rolled back')");
        }

        database.ExecuteScalar<long>("SELECT COUNT(*) FROM namespaces WHERE namespace = 'rolled back'").ShouldBe(0);
    }
}
