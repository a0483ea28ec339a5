using HydraEngine.Storage.Maintenance;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Maintenance;

public sealed class IntegrityCheckerTests
{
    [Fact]
    public void GivenAHealthyStore_ThenTheCheckPassesAndCountsItsFiles()
    {
        using var temp = new TempStore();
        temp.ImportPng();
        temp.ImportPng();

        var report = temp.Store.CheckIntegrity(new IntegrityCheckOptions(VerifyHashes: true));

        report.IsHealthy.ShouldBeTrue();
        report.FilesChecked.ShouldBe(2);
        report.OrphanFiles.ShouldBeEmpty();
    }

    [Fact]
    public void GivenAStoredFileDeletedBehindTheStoresBack_ThenTheCheckReportsTheRowWithoutItsFile()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        File.Delete(temp.Store.GetFile(hash)!.Path!);

        var report = temp.Store.CheckIntegrity();

        report.IsHealthy.ShouldBeFalse();
        report.MissingFiles.Single().Hash.ShouldBe(hash);
    }

    [Fact]
    public void GivenAStoredFileWhoseBytesChanged_ThenHashVerificationReportsIt()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        var path = temp.Store.GetFile(hash)!.Path!;
        var bytes = File.ReadAllBytes(path);
        bytes[^5] ^= 0xFF;
        File.WriteAllBytes(path, bytes);

        temp.Store.CheckIntegrity(new IntegrityCheckOptions(VerifyHashes: true)).CorruptFiles.Single().Hash.ShouldBe(hash);
    }

    [Fact]
    public void GivenAFileWithoutARow_ThenItIsReportedAsAnOrphanButTheStoreIsHealthy()
    {
        using var temp = new TempStore();
        var orphan = Path.Combine(temp.Location.FilesFolder, "ab", "cd", "abcd" + new string('0', 60) + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        File.WriteAllBytes(orphan, [1, 2, 3]);

        var report = temp.Store.CheckIntegrity();

        report.IsHealthy.ShouldBeTrue();
        report.OrphanFiles.ShouldBe([orphan]);
    }

    [Fact]
    public void GivenAnOldOrphan_WhenRemovalIsAsked_ThenItIsDeleted()
    {
        using var temp = new TempStore();
        var orphan = Path.Combine(temp.Location.FilesFolder, "ab", "cd", "abcd" + new string('0', 60) + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        File.WriteAllBytes(orphan, [1, 2, 3]);
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddDays(-1));

        temp.Store.CheckIntegrity(new IntegrityCheckOptions(RemoveOrphans: true)).OrphansRemoved.ShouldBe(1);

        File.Exists(orphan).ShouldBeFalse();
    }
}
