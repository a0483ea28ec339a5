using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>The index kept between maintenance slices: reused while the stored hashes stay the same, rebuilt when they change.</summary>
public sealed class SimilarFilesIndexCacheTests : IDisposable
{
    private readonly TempStore temp = new();
    private readonly SimilarFilesIndexCache cache = new();
    private readonly byte[] png = SampleFiles.Png(8, 8, "same pixels");

    [Fact]
    public void A_slice_after_new_hashes_rebuilds_the_index_and_finds_the_new_pair()
    {
        temp.Store.Import(temp.WriteInput(png, "png"));
        Slice();
        temp.Store.Import(temp.WriteInput([.. png, 0], "png"));

        var report = Slice();

        cache.Builds.ShouldBe(2);
        report.PotentialPairs.ShouldBe(1);
    }

    [Fact]
    public void Slices_that_search_again_over_unchanged_hashes_reuse_the_index()
    {
        temp.Store.Import(temp.WriteInput(png, "png"));
        temp.Store.Import(temp.WriteInput([.. png, 0], "png"));
        Slice();
        temp.Store.Parts.Database.Execute("UPDATE shape_search_cache SET searched_distance = -1");

        var report = Slice();

        (cache.Builds, report.FilesSearched, report.PotentialPairs).ShouldBe((1, 2, 1L));
    }

    private ScanReport Slice() => new SimilarFilesMaintenanceJob(temp.Store).RunSlice(0, 64, cache).Report;

    public void Dispose() => temp.Dispose();
}
