using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>The similar-files job: files imported before the duplicates schema get their hashes, then pairs.</summary>
public sealed class SimilarFilesMaintenanceJobTests : IDisposable
{
    private readonly TempStore temp = new();

    [Fact]
    public void Files_without_hashes_are_hashed_then_searched_into_a_pair()
    {
        var png = SampleFiles.Png(8, 8, "same pixels");
        temp.Store.Import(temp.WriteInput(png, "png"));
        temp.Store.Import(temp.WriteInput([.. png, 0], "png"));
        temp.Store.Parts.Database.Execute("DELETE FROM similar_files_checked; DELETE FROM shape_search_cache; DELETE FROM pixel_hash_map;");

        var (report, more) = new SimilarFilesMaintenanceJob(temp.Store).RunSlice(0, 64);

        (report.FilesHashed, report.FilesSearched, report.PotentialPairs, more).ShouldBe((2, 2, 1L, false));
    }

    public void Dispose() => temp.Dispose();
}
