using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Downloading.Work;

/// <summary>What an importer says about a page's file seeds: how many it took, how many it had, and whether to look further.</summary>
internal sealed record FileSeedReception(int Added, int AlreadyPresent, bool CanSearchForMore, string? StopReason);

/// <summary>The importer side of a gallery page: takes the page's file seeds in order (hydrus's callback).</summary>
internal interface IFileSeedReceiver
{
    FileSeedReception Receive(GallerySeed gallerySeed, IReadOnlyList<FileSeed> fileSeeds);
}
