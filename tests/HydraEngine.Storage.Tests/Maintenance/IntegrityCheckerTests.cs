using HydraEngine.Storage.Maintenance;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Maintenance;

public sealed class IntegrityCheckerTests
{
    [Fact]
    public void Given_a_healthy_store_then_the_check_passes_and_counts_its_files()
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
    public void Given_a_stored_file_deleted_behind_the_stores_back_then_the_check_reports_the_row_without_its_file()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        File.Delete(temp.Store.GetFile(hash)!.Path!);

        var report = temp.Store.CheckIntegrity();

        report.IsHealthy.ShouldBeFalse();
        report.MissingFiles.Single().Hash.ShouldBe(hash);
    }

    [Fact]
    public void Given_a_stored_file_whose_bytes_changed_then_hash_verification_reports_it()
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
    public void Given_a_file_without_a_row_then_it_is_reported_as_an_orphan_but_the_store_is_healthy()
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
    public void Given_an_old_orphan_when_removal_is_asked_then_it_is_deleted()
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
