using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Deletion;

public sealed class FileDeletionTests
{
    [Fact]
    public void Given_a_stored_file_when_deleted_then_it_goes_to_the_trash_with_its_bytes()
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
    public void Given_a_trashed_file_when_deleted_again_then_its_bytes_go_and_a_deletion_record_stays()
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
    public void Given_permanent_delete_then_the_file_goes_straight_out()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.Delete([hash], new DeleteOptions(Permanent: true)).Single().Outcome.ShouldBe(DeletionOutcome.Purged);

        temp.Store.GetFile(hash)!.Status.ShouldBe(FileStatus.Deleted);
        temp.StoreFiles().ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_file_in_two_domains_when_deleted_from_one_then_it_stays_out_of_the_trash()
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
    public void Given_a_trashed_file_when_undeleted_then_it_returns_to_its_domain_with_its_import_time()
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
    public void Given_no_hashes_when_undeleted_then_everything_in_the_trash_comes_back()
    {
        using var temp = new TempStore();
        var first = temp.ImportPng();
        var second = temp.ImportPng();
        temp.Store.Delete([first, second]);

        temp.Store.Undelete().ShouldBe([first, second], ignoreOrder: true);
    }

    [Fact]
    public void Given_a_purged_file_when_undeleted_then_nothing_happens()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        temp.Store.Delete([hash], new DeleteOptions(Permanent: true));

        temp.Store.Undelete([hash]).ShouldBeEmpty();
    }

    [Fact]
    public void Given_an_unknown_hash_when_deleted_then_it_is_reported_not_present()
    {
        using var temp = new TempStore();

        temp.Store.Delete([FileHash.Of("unknown"u8)]).Single().Outcome.ShouldBe(DeletionOutcome.NotPresent);
    }
}
