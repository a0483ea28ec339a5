using HydraEngine.Storage.Database;
using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Maintenance;

public sealed class StoreBackupTests
{
    [Fact]
    public void Given_a_store_when_backed_up_then_the_copy_opens_with_the_same_files_and_tags()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["backed up"] });
        var destination = Path.Combine(temp.Folder, "backup");

        var report = temp.Store.Backup(destination);

        report.FilesCopied.ShouldBe(1);
        using var copy = HydraStore.Open(new StoreLocation(report.DatabasePath));
        copy.Search("backed up").Hashes.ShouldBe([hash]);
        copy.CheckIntegrity(new Storage.Maintenance.IntegrityCheckOptions(VerifyHashes: true)).IsHealthy.ShouldBeTrue();
    }

    [Fact]
    public void Given_an_earlier_backup_when_backed_up_again_then_only_new_files_are_copied_and_deleted_ones_removed()
    {
        using var temp = new TempStore();
        var kept = temp.ImportPng();
        var removed = temp.ImportPng();
        var destination = Path.Combine(temp.Folder, "backup");
        temp.Store.Backup(destination);
        temp.Store.Delete([removed], new DeleteOptions(Permanent: true));
        temp.ImportPng();

        var report = temp.Store.Backup(destination);

        (report.FilesCopied, report.FilesAlreadyPresent, report.StaleFilesRemoved).ShouldBe((1L, 1L, 1L));
        kept.ShouldNotBe(removed);
    }

    [Fact]
    public void Given_the_stores_own_folder_when_backed_up_there_then_it_is_refused()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.Backup(temp.Location.RootFolder)).Message.ShouldContain("store's own folder");
    }
}
