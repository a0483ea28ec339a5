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
    [Fact]
    public void Better_with_the_worse_deleted_trashes_it_and_archives_only_the_kept_file()
    {
        temp.Store.SetDuplicateRelationship(better, worse, DuplicateRelationship.Better, DuplicateMergeOptions.DefaultFor(DuplicateRelationship.Better), DuplicateDeletes.WorseFile);

        var (kept, other) = (temp.Store.GetFile(better)!, temp.Store.GetFile(worse)!);
        other.Status.ShouldBe(FileStatus.InTrash);
        other.Deleted.ShouldContain(entry => entry.Reason == DuplicateDeletes.DefaultReason);
        (kept.Inbox, other.Inbox).ShouldBe((false, true));
        Tags(kept).ShouldBe(["blue sky", "creator:ann"], ignoreOrder: true);
    }

    [Fact]
    public void Better_moves_the_favourites_rating_to_the_kept_file_when_it_is_higher()
    {
        temp.Store.AddRatingService(DuplicateMergeOptions.FavouritesRating, ServiceType.LocalRatingLike);
        temp.Store.SetRating([worse], DuplicateMergeOptions.FavouritesRating, 1);

        temp.Store.SetDuplicateRelationship(better, worse, DuplicateRelationship.Better, DuplicateMergeOptions.DefaultFor(DuplicateRelationship.Better));

        temp.Store.RatingsOf(better).ShouldHaveSingleItem().Value.ShouldBe(1);
        temp.Store.RatingsOf(worse).ShouldBeEmpty();
    }

    [Fact]
    public void Same_quality_raises_the_lower_star_rating_and_sums_counters_on_both()
    {
        temp.Store.AddRatingService("stars", ServiceType.LocalRatingNumerical, maxStars: 5);
        temp.Store.AddRatingService("views", ServiceType.LocalRatingIncDec);
        temp.Store.SetRating([better], "stars", 0.4);
        temp.Store.SetRating([worse], "stars", 0.8);
        temp.Store.SetRating([better], "views", 3);
        temp.Store.SetRating([worse], "views", 4);
        var options = DuplicateMergeOptions.Empty with
        {
            RatingServices = System.Collections.Immutable.ImmutableDictionary.CreateRange([new KeyValuePair<string, MergeAction>("stars", MergeAction.TwoWay), new("views", MergeAction.TwoWay)]),
        };

        temp.Store.SetDuplicateRelationship(better, worse, DuplicateRelationship.SameQuality, options);

        Rating(better, "stars").ShouldBe(0.8);
        Rating(worse, "stars").ShouldBe(0.8);
        Rating(better, "views").ShouldBe(7);
        Rating(worse, "views").ShouldBe(7);
    }

    [Fact]
    public void Moving_a_counter_sums_it_on_the_kept_file_and_zeroes_the_other()
    {
        temp.Store.AddRatingService("views", ServiceType.LocalRatingIncDec);
        temp.Store.SetRating([better], "views", 3);
        temp.Store.SetRating([worse], "views", 4);
        var options = DuplicateMergeOptions.Empty with { RatingServices = System.Collections.Immutable.ImmutableDictionary.CreateRange([new KeyValuePair<string, MergeAction>("views", MergeAction.Move)]) };

        temp.Store.SetDuplicateRelationship(better, worse, DuplicateRelationship.Better, options);

        (Rating(better, "views"), Rating(worse, "views")).ShouldBe((7.0, 0.0));
    }

    private double? Rating(FileHash hash, string service) => temp.Store.RatingsOf(hash).FirstOrDefault(rating => rating.Service.Name == service)?.Value;

    private static IReadOnlyList<string> Tags(FileReport report) =>
        report.Tags.FirstOrDefault(tags => tags.Service == ServiceCatalog.MyTags)?.StorageTags ?? [];

    public void Dispose() => temp.Dispose();
}
