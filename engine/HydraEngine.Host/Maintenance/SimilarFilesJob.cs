using HydraEngine.Storage.Duplicates;

namespace HydraEngine.Host.Maintenance;

/// <summary>
/// hydrus's similar-files maintenance in slices: perceptual and pixel hashes for stored images that lack them, then
/// the search for potential duplicate pairs at hydrus's default background distance (0, exact matches), through an
/// index kept between slices while the stored hashes do not change.
/// </summary>
internal sealed class SimilarFilesJob : IMaintenanceJob
{
    private const int FilesPerSlice = 64;
    private const int SearchDistance = 0;

    private readonly SimilarFilesIndexCache cache = new();

    public string Name => "similar files";

    public MaintenanceSlice RunSlice(HydraEngineInstance engine, CancellationToken cancellationToken)
    {
        var (report, more) = engine.UseStore(store => new SimilarFilesMaintenanceJob(store).RunSlice(SearchDistance, FilesPerSlice, cache));
        var worked = report.FilesHashed + report.FilesWithoutHashes + report.FilesSearched > 0;
        return new MaintenanceSlice(more, worked ? $"hashed {report.FilesHashed} files, searched {report.FilesSearched}; {report.PotentialPairs} potential pairs" : null);
    }
}
