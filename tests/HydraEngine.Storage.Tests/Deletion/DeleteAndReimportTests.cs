using HydraEngine.Storage.Search;
using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Metadata;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Deletion;

public sealed class DeleteAndReimportTests
{
    [Fact]
    public void Given_a_deleted_file_when_imported_again_then_it_is_previously_deleted_and_nothing_changes()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = temp.Store.Import(source).Hash;
        temp.Store.Delete([hash], new DeleteOptions(Permanent: true));

        var result = temp.Store.Import(source, new ImportOptions { Tags = ["should not land"] });

        result.Status.ShouldBe(ImportStatus.PreviouslyDeleted);
        result.StatusText.ShouldBe("previously deleted");
        temp.Store.GetFile(hash)!.Status.ShouldBe(FileStatus.Deleted);
        temp.Store.TagsOf(hash).ShouldBeEmpty();
        temp.StoreFiles().ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_trashed_file_when_imported_again_then_it_is_previously_deleted()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        temp.Store.Delete([temp.Store.Import(source).Hash]);

        temp.Store.Import(source).Status.ShouldBe(ImportStatus.PreviouslyDeleted);
    }

    [Fact]
    public void Given_a_deleted_file_when_imported_with_permission_then_it_is_back_with_every_service_tags_urls_notes_and_times()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = temp.Store.Import(source, new ImportOptions
        {
            Tags = ["mine"],
            Urls = ["https://booru.example/post/1"],
            Notes = new Dictionary<string, string> { ["comment"] = "nice" },
            SourceTime = new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero),
        }).Hash;
        temp.Store.AddTags([hash], ["from the web"], ServiceCatalog.DownloaderTags);
        temp.Store.Delete([hash], new DeleteOptions(Permanent: true));

        var result = temp.Store.Import(source, new ImportOptions { AllowPreviouslyDeleted = true });

        result.Status.ShouldBe(ImportStatus.Imported);
        var report = temp.Store.GetFile(hash)!;
        report.Status.ShouldBe(FileStatus.Current);
        report.Tags.Single(service => service.Service == ServiceCatalog.MyTags).StorageTags.ShouldBe(["mine"]);
        report.Tags.Single(service => service.Service == ServiceCatalog.DownloaderTags).StorageTags.ShouldBe(["from the web"]);
        report.Urls.ShouldBe(["https://booru.example/post/1"]);
        report.Notes["comment"].ShouldBe("nice");
        report.Timestamps.ShouldContain(new FileTimestamp(TimestampType.ModifiedDomain, "booru.example", new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        File.ReadAllBytes(report.Path!).ShouldBe(File.ReadAllBytes(source));
    }

    [Fact]
    public void Given_a_deleted_file_then_its_tags_stay_searchable_only_in_the_trash_or_not_at_all()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["kept"] });

        temp.Store.Delete([hash]);

        temp.Store.Search("kept").Hashes.ShouldBeEmpty();
        temp.Store.Search("kept", new SearchOptions(FileDomain: ServiceCatalog.Trash)).Hashes.ShouldBe([hash]);
    }
}
