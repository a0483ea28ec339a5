using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Deletion;

public sealed class FileDeletionTests
{
    [Fact]
    public void GivenAStoredFile_WhenDeleted_ThenItGoesToTheTrashWithItsBytes()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.Delete([hash]).Single().Outcome.ShouldBe(DeletionOutcome.MovedToTrash);

        var report = temp.Store.GetFile(hash)!;
        report.Status.ShouldBe(FileStatus.InTrash);
        File.Exists(report.Path).ShouldBeTrue();
        report.Deleted.Select(entry => entry.Service).ShouldBe([ServiceCatalog.AllMyFiles, ServiceCatalog.MyFiles]);
    }

    [Fact]
    public void GivenATrashedFile_WhenDeletedAgain_ThenItsBytesGoAndADeletionRecordStays()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        temp.Store.Delete([hash]);
        var path = temp.Store.GetFile(hash)!.Path!;

        temp.Store.Delete([hash], new DeleteOptions(Reason: "duplicate")).Single().Outcome.ShouldBe(DeletionOutcome.Purged);

        File.Exists(path).ShouldBeFalse();
        var report = temp.Store.GetFile(hash)!;
        report.Status.ShouldBe(FileStatus.Deleted);
        report.Deleted.Single(entry => entry.Service == ServiceCatalog.AllLocalFiles).Reason.ShouldBe("duplicate");
    }

    [Fact]
    public void GivenPermanentDelete_ThenTheFileGoesStraightOut()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.Delete([hash], new DeleteOptions(Permanent: true)).Single().Outcome.ShouldBe(DeletionOutcome.Purged);

        temp.Store.GetFile(hash)!.Status.ShouldBe(FileStatus.Deleted);
        temp.StoreFiles().ShouldBeEmpty();
    }

    [Fact]
    public void GivenAFileInTwoDomains_WhenDeletedFromOne_ThenItStaysOutOfTheTrash()
    {
        using var temp = new TempStore();
        temp.Store.AddFileDomain("art");
        var source = temp.WritePng();
        var hash = temp.Store.Import(source).Hash;
        temp.Store.Import(source, new ImportOptions { FileDomain = "art" });

        temp.Store.Delete([hash], new DeleteOptions(FileDomain: ServiceCatalog.MyFiles)).Single().Outcome.ShouldBe(DeletionOutcome.RemovedFromDomain);

        temp.Store.GetFile(hash)!.Status.ShouldBe(FileStatus.Current);
    }

    [Fact]
    public void GivenATrashedFile_WhenUndeleted_ThenItReturnsToItsDomainWithItsImportTime()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        var imported = temp.Clock.Now;
        temp.Clock.Advance(TimeSpan.FromDays(1));
        temp.Store.Delete([hash]);

        temp.Store.Undelete([hash]).ShouldBe([hash]);

        var report = temp.Store.GetFile(hash)!;
        report.Status.ShouldBe(FileStatus.Current);
        report.Current.Single(entry => entry.Service == ServiceCatalog.MyFiles).Time.ShouldBe(imported);
        report.Deleted.ShouldBeEmpty();
    }

    [Fact]
    public void GivenNoHashes_WhenUndeleted_ThenEverythingInTheTrashComesBack()
    {
        using var temp = new TempStore();
        var first = temp.ImportPng();
        var second = temp.ImportPng();
        temp.Store.Delete([first, second]);

        temp.Store.Undelete().ShouldBe([first, second], ignoreOrder: true);
    }

    [Fact]
    public void GivenAPurgedFile_WhenUndeleted_ThenNothingHappens()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        temp.Store.Delete([hash], new DeleteOptions(Permanent: true));

        temp.Store.Undelete([hash]).ShouldBeEmpty();
    }

    [Fact]
    public void GivenAnUnknownHash_WhenDeleted_ThenItIsReportedNotPresent()
    {
        using var temp = new TempStore();

        temp.Store.Delete([FileHash.Of("unknown"u8)]).Single().Outcome.ShouldBe(DeletionOutcome.NotPresent);
    }
}
