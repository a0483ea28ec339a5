using Dapper;
using HydraEngine.Database;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Database;

public sealed class StoreDatabaseTests
{
    [Fact]
    public void GivenDefaultOptions_WhenOpened_ThenJournalIsWalAndSynchronousIsNormal()
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
    public void GivenASynchronousOverride_WhenOpened_ThenThePragmaFollowsIt(SynchronousMode mode, long expected)
    {
        using var temp = new TempStore();
        using var database = StoreDatabase.Open(temp.Location.DatabasePath, new StoreOptions(mode));

        database.Connection.ExecuteScalar<long>("PRAGMA synchronous").ShouldBe(expected);
    }

    [Fact]
    public void GivenSynchronousOff_ThenTheOptionsCarryAWarning()
    {
        new StoreOptions(SynchronousMode.Off).Warning.ShouldNotBeNull().ShouldContain("corrupt");
        StoreOptions.Default.Warning.ShouldBeNull();
    }

    [Fact]
    public void GivenAWriteThatIsNotCompleted_WhenDisposed_ThenItRollsBack()
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
