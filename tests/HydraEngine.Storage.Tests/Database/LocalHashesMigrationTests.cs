using HydraEngine.Storage.Database;
using HydraEngine.Storage.Database.Migrations;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Database;

public sealed class LocalHashesMigrationTests
{
    [Fact]
    public void Given_a_version5_store_when_opened_then_it_is_bumped_to_version6_with_the_table()
    {
        using var temp = new TempStore();
        MakeVersion5(temp);

        temp.Reopen();

        temp.Store.SchemaVersion.ShouldBe(MigrationRunner.Default.LatestVersion);
        temp.Store.Parts.Database.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'local_hashes%'").ShouldBe(4);
    }

    [Fact]
    public void Given_a_file_imported_before_the_upgrade_when_opened_then_it_is_still_found_by_sha256_only()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = temp.Store.Import(source).Hash;
        MakeVersion5(temp);

        temp.Reopen();

        temp.Store.LookupHash("sha256", hash.ToHex()).AlreadyInDb.ShouldBeTrue();
        temp.Store.LookupHash("md5", SourceHashes.Hex("md5", source)).Status.ShouldBe(FileStatus.NotInStore);
        temp.Store.GetFile(hash)!.LocalHashes.ShouldBeNull();
    }

    [Fact]
    public void Given_a_fresh_database_when_migrated_only_to_version5_then_the_full_runner_adds_the_later_steps()
    {
        using var temp = new TempStore();
        temp.Store.Dispose();
        var path = Path.Combine(temp.Folder, "older.db");
        using var database = StoreDatabase.Open(path, StoreOptions.Default);
        new MigrationRunner(MigrationCatalog.All.Take(5).ToList()).Migrate(database);

        MigrationRunner.Default.Migrate(database).ShouldBe(MigrationRunner.Default.LatestVersion - 5);

        MigrationRunner.CurrentVersion(database).ShouldBe(MigrationRunner.Default.LatestVersion);
    }

    /// <summary>Turns the open store back into a schema-5 one (as an older hydra left it) and closes it.</summary>
    private static void MakeVersion5(TempStore temp)
    {
        SchemaRollback.To(temp.Store.Parts.Database, temp.Folder, 5);
        temp.Store.Dispose();
    }
}
