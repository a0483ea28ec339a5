using HydraEngine.Storage.Database;
using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Maintenance;

public sealed class StoreBackupTests
{
    [Fact]
    public void GivenAStore_WhenBackedUp_ThenTheCopyOpensWithTheSameFilesAndTags()
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
    public void GivenAnEarlierBackup_WhenBackedUpAgain_ThenOnlyNewFilesAreCopiedAndDeletedOnesRemoved()
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
    public void GivenTheStoresOwnFolder_WhenBackedUpThere_ThenItIsRefused()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.Backup(temp.Location.RootFolder)).Message.ShouldContain("store's own folder");
    }
}
