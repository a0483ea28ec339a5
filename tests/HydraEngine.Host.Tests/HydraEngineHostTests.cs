using Dapper;
using HydraEngine.Database;
using HydraEngine.Host.Tests.Support;
using HydraEngine.Storage.Search;
using HydraEngine.Testing;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Host.Tests;

public sealed class HydraEngineHostTests
{
    [Fact]
    public async Task Given_an_empty_folder_when_an_engine_opens_then_store_library_network_and_downloads_share_its_one_database()
    {
        using var folder = new TemporaryFolder();
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(folder.File("hydra.db")));

        engine.Store.Location.DatabasePath.ShouldBe(folder.File("hydra.db"));
        engine.Library.List().ShouldBeEmpty();
        engine.Downloads.Status().Jobs.ShouldBeEmpty();
        engine.Plugins.ShouldBeNull();
        Directory.EnumerateFiles(folder.Path, "*.db").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Given_two_stores_when_two_engines_import_in_one_process_then_each_holds_only_its_own_file()
    {
        using var folder = new TemporaryFolder();
        await using var first = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(folder.File("one/hydra.db")));
        await using var second = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(folder.File("two/hydra.db")));
        var images = ReleaseStore.SomeFiles(2);

        first.ImportFiles([images[0]]).ShouldHaveSingleItem().Attempt.Result.ShouldNotBeNull();
        second.ImportFiles([images[1]]).ShouldHaveSingleItem().Attempt.Result.ShouldNotBeNull();

        first.Store.Search(QueryParser.Parse("system:everything")).Hashes.ShouldHaveSingleItem();
        second.Store.Search(QueryParser.Parse("system:everything")).Hashes.ShouldHaveSingleItem()
            .ShouldNotBe(first.Store.Search(QueryParser.Parse("system:everything")).Hashes[0]);
    }

    [Fact]
    public async Task Given_a_store_written_by_the_last_release_when_an_engine_opens_it_then_its_files_downloaders_and_jobs_are_all_there()
    {
        using var release = new ReleaseStore();
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(release.DatabasePath));

        engine.Store.Search(QueryParser.Parse("system:everything")).Hashes.Count.ShouldBe(ReleaseStore.Files);
        engine.Library.List().ShouldNotBeEmpty();
        engine.Downloads.Status().Jobs.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Given_a_store_written_by_the_last_release_when_an_engine_opens_it_then_every_component_is_versioned_in_one_table_and_the_old_ones_are_gone()
    {
        using var release = new ReleaseStore();
        await using (HydraEngineHost.Open(HydraEngineOptions.ForDatabase(release.DatabasePath)))
        {
        }

        using var connection = new SqliteConnection($"Data Source={release.DatabasePath};Pooling=False");
        connection.Open();
        var components = connection.Query<(string Component, long Version)>("SELECT component, MAX(version) FROM schema_versions GROUP BY component").ToDictionary(row => row.Component, row => row.Version);
        components.Keys.Order().ShouldBe(["downloads", "library", "network", "store"]);
        components["store"].ShouldBe(MigrationRunnerLatest);
        connection.Query<string>("SELECT name FROM sqlite_master WHERE name IN ('schema_migrations', 'library_schema_version', 'dl_schema_version')").ShouldBeEmpty();
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM net_bandwidth").ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Given_a_synchronous_level_when_an_engine_opens_then_every_components_connection_uses_it()
    {
        using var folder = new TemporaryFolder();
        var profile = new SqlProfile();
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(folder.File("hydra.db")) with { Synchronous = SynchronousMode.Full, SqlProfile = profile });

        engine.Store.Options.Synchronous.ShouldBe(SynchronousMode.Full);
        profile.Statements.Select(statement => statement.Sql).ShouldContain(sql => sql.StartsWith("CREATE TABLE library_objects", StringComparison.Ordinal));
        profile.Statements.Select(statement => statement.Sql).ShouldContain(sql => sql.Contains("CREATE TABLE IF NOT EXISTS net_login_credentials", StringComparison.Ordinal));
        profile.Statements.Select(statement => statement.Sql).ShouldContain(sql => sql.StartsWith("CREATE TABLE dl_logs", StringComparison.Ordinal));
    }

    /// <summary>The store's newest schema version (the release fixture is older or equal; it must end there).</summary>
    private static long MigrationRunnerLatest
    {
        get
        {
            using var folder = new TemporaryFolder();
            using var store = Storage.HydraStore.Open(new Storage.Database.StoreLocation(folder.File("hydra.db")));
            return store.SchemaVersion;
        }
    }
}
