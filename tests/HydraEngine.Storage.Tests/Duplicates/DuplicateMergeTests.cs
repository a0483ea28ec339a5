using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>Merge options with hydrus's defaults, applied when a relationship is set.</summary>
public sealed class DuplicateMergeTests : IDisposable
{
    private readonly TempStore temp = new();
    private readonly FileHash better;
    private readonly FileHash worse;

    public DuplicateMergeTests()
    {
        better = temp.ImportPng();
        worse = temp.ImportPng();
        temp.Store.AddTags([better], ["creator:ann"]);
        temp.Store.AddTags([worse], ["blue sky", "creator:ann"]);
        temp.Store.AddUrls(worse, ["https://example.com/post/1"]);
        temp.Store.SetNote(worse, "source", "scanned");
    }

    [Fact]
    public void Better_moves_tags_copies_urls_and_notes_and_archives_both()
    {
        temp.Store.SetDuplicateRelationship(better, worse, DuplicateRelationship.Better, DuplicateMergeOptions.DefaultFor(DuplicateRelationship.Better));

        var kept = temp.Store.GetFile(better)!;
        var other = temp.Store.GetFile(worse)!;
        Tags(kept).ShouldBe(["blue sky", "creator:ann"], ignoreOrder: true);
        Tags(other).ShouldBeEmpty();
        kept.Urls.ShouldBe(["https://example.com/post/1"]);
        other.Urls.ShouldBe(["https://example.com/post/1"]);
        kept.Notes["source"].ShouldBe("scanned");
        (kept.Inbox, other.Inbox).ShouldBe((false, false));
        temp.Store.DuplicateInfo(worse).King.ShouldBe(better);
    }

    [Fact]
    public void Same_quality_shares_tags_both_ways()
    {
        temp.Store.AddTags([better], ["only on a"]);

        temp.Store.SetDuplicateRelationship(better, worse, DuplicateRelationship.SameQuality, DuplicateMergeOptions.DefaultFor(DuplicateRelationship.SameQuality));

        Tags(temp.Store.GetFile(worse)!).ShouldBe(["blue sky", "creator:ann", "only on a"], ignoreOrder: true);
        Tags(temp.Store.GetFile(better)!).ShouldBe(["blue sky", "creator:ann", "only on a"], ignoreOrder: true);
    }

    [Fact]
    public void Alternates_merge_nothing()
    {
        temp.Store.SetDuplicateRelationship(better, worse, DuplicateRelationship.Alternates, DuplicateMergeOptions.DefaultFor(DuplicateRelationship.Alternates));

        Tags(temp.Store.GetFile(better)!).ShouldBe(["creator:ann"]);
        temp.Store.GetFile(better)!.Inbox.ShouldBeTrue();
    }

    private static IReadOnlyList<string> Tags(FileReport report) =>
        report.Tags.FirstOrDefault(tags => tags.Service == ServiceCatalog.MyTags)?.StorageTags ?? [];

    public void Dispose() => temp.Dispose();
}
