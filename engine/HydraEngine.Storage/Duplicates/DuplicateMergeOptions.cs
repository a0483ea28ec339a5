using System.Collections.Immutable;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Duplicates;

/// <summary>hydrus's merge actions: A is the kept (better) file, B the other.</summary>
public enum MergeAction
{
    /// <summary>A receives what B has.</summary>
    Copy = 0,

    /// <summary>A receives what B has and B loses it.</summary>
    Move = 1,

    /// <summary>Each receives what the other has.</summary>
    TwoWay = 2,

    None = 3,
}

/// <summary>hydrus's archive rule when a pair is merged.</summary>
public enum ArchiveMerge
{
    None,
    IfOneIsArchivedArchiveBoth,
    ArchiveBothRegardless,
}

/// <summary>
/// hydrus's <c>DuplicateContentMergeOptions</c> for what we store: tags per tag service, ratings per rating service
/// (<see cref="RatingServices"/>), known URLs, notes and the archive state. <see cref="Empty"/> does nothing;
/// <see cref="DefaultFor"/> gives a fresh hydrus client's defaults.
/// </summary>
public sealed record DuplicateMergeOptions(
    ImmutableDictionary<string, MergeAction> TagServices,
    MergeAction Urls,
    MergeAction Notes,
    ArchiveMerge Archive)
{
    /// <summary>hydrus's default rating service, merged by default when the store has one of that name.</summary>
    public const string FavouritesRating = "favourites";

    public static DuplicateMergeOptions Empty { get; } = new(ImmutableDictionary<string, MergeAction>.Empty, MergeAction.None, MergeAction.None, ArchiveMerge.None);

    /// <summary>The action per rating service name (services the store does not have are skipped).</summary>
    public ImmutableDictionary<string, MergeAction> RatingServices { get; init; } = ImmutableDictionary<string, MergeAction>.Empty;

    /// <summary>Better: tags and the favourites rating moved, URLs and notes copied, both archived. Same quality: all two-way, both archived. Others: nothing.</summary>
    public static DuplicateMergeOptions DefaultFor(DuplicateRelationship relationship) => relationship switch
    {
        DuplicateRelationship.Better => Services(MergeAction.Move) with { Urls = MergeAction.Copy, Notes = MergeAction.Copy, Archive = ArchiveMerge.ArchiveBothRegardless },
        DuplicateRelationship.SameQuality => Services(MergeAction.TwoWay) with { Urls = MergeAction.TwoWay, Notes = MergeAction.TwoWay, Archive = ArchiveMerge.ArchiveBothRegardless },
        _ => Empty,
    };

    private static DuplicateMergeOptions Services(MergeAction action) => Empty with
    {
        TagServices = ImmutableDictionary.CreateRange([new KeyValuePair<string, MergeAction>(ServiceCatalog.MyTags, action), new(ServiceCatalog.DownloaderTags, action)]),
        RatingServices = ImmutableDictionary.CreateRange([new KeyValuePair<string, MergeAction>(FavouritesRating, action)]),
    };
}
