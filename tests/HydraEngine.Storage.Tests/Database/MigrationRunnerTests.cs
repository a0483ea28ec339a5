using Dapper;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Database.Migrations;
using HydraEngine.Storage.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Storage.Tests.Database;

public sealed class MigrationRunnerTests
{
    [Fact]
    public void Given_a_new_store_when_opened_then_every_migration_is_recorded_once()
    {
        using var temp = new TempStore();

        temp.Store.SchemaVersion.ShouldBe(MigrationRunner.Default.LatestVersion);
        using var connection = OpenRaw(temp);
        connection.Query<long>("SELECT version FROM schema_versions WHERE component = 'store' ORDER BY version")
            .ShouldBe(Enumerable.Range(1, MigrationRunner.Default.LatestVersion).Select(version => (long)version));
    }

    [Fact]
    public void Given_an_up_to_date_store_when_migrated_again_then_nothing_runs()
    {
        using var temp = new TempStore();
        temp.Store.Dispose();
        using var database = StoreDatabase.Open(temp.Location.DatabasePath, StoreOptions.Default);

        MigrationRunner.Default.Migrate(database).ShouldBe(0);
    }

    [Fact]
    public void Given_a_store_from_a_newer_program_when_opened_then_it_is_refused_clearly()
    {
        using var temp = new TempStore();
        using (var connection = OpenRaw(temp))
        {
            connection.Execute("INSERT INTO schema_versions (component, version, name, applied_ms) VALUES ('store', 999, 'future', 0)");
        }

        temp.Store.Dispose();
        var error = Should.Throw<StoreException>(() => HydraStore.Open(temp.Location));
        error.Message.ShouldContain("newer than this program knows");
    }

    [Fact]
    public void Given_migrations_out_of_order_when_runner_is_built_then_it_refuses()
    {
        Should.Throw<InvalidOperationException>(() => new MigrationRunner([new M0002Files()]));
    }

    private static SqliteConnection OpenRaw(TempStore temp)
    {
        var connection = new SqliteConnection($"Data Source={temp.Location.DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
