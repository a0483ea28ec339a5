using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Search;

public sealed class SearchPlanTests
{
    [Fact]
    public void Given_a_common_tag_and_a_small_limit_when_the_import_time_index_is_walked_then_the_result_is_the_newest_matches()
    {
        using var temp = new TempStore();
        var hashes = new List<FileHash>();
        for (var index = 0; index < 40; index++)
        {
            temp.Clock.Advance(TimeSpan.FromMinutes(1));
            hashes.Add(temp.ImportPng(new ImportOptions { Tags = index % 4 == 0 ? ["common", "rare"] : ["common"] }));
        }

        var newestFirst = Enumerable.Reverse(hashes).ToList();

        temp.Store.Search("common, system:limit 3").Hashes.ShouldBe(newestFirst.Take(3));
        temp.Store.Search("common, rare, system:limit 2").Hashes.ShouldBe(newestFirst.Where((_, index) => (39 - index) % 4 == 0).Take(2));
        temp.Store.Search("common, system:limit 3, system:sort import time asc").Hashes.ShouldBe(hashes.Take(3));
    }

    [Fact]
    public void Given_a_search_that_warmed_the_domain_snapshot_when_a_file_is_imported_and_another_deleted_then_the_next_search_sees_both()
    {
        using var temp = new TempStore();
        var first = temp.ImportPng(new ImportOptions { Tags = ["x"] });
        temp.Store.Search("x").Hashes.ShouldBe([first]);

        temp.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = temp.ImportPng(new ImportOptions { Tags = ["x"] });
        temp.Store.Delete([first]);

        temp.Store.Search("x").Hashes.ShouldBe([second]);
    }

    [Fact]
    public void Given_another_connection_imports_when_searching_again_then_the_new_file_is_found()
    {
        using var temp = new TempStore();
        var first = temp.ImportPng(new ImportOptions { Tags = ["x"] });
        temp.Store.Search("x").Hashes.ShouldBe([first]);

        using var other = HydraStore.Open(temp.Location);
        var second = other.Import(temp.WritePng(), new ImportOptions { Tags = ["x"] }).Hash;

        temp.Store.Search("x").Hashes.ShouldBe([second, first], ignoreOrder: true);
    }

    [Fact]
    public void Given_a_file_tagged_before_its_import_then_newest_first_still_follows_import_time()
    {
        using var temp = new TempStore();
        var laterSource = temp.WritePng();
        var later = FileHash.Of(File.ReadAllBytes(laterSource));
        temp.Store.AddTags([later], ["x"]);
        var earlier = temp.ImportPng(new ImportOptions { Tags = ["x"] });
        temp.Clock.Advance(TimeSpan.FromMinutes(1));
        temp.Store.Import(laterSource);

        temp.Store.Search("x").Hashes.ShouldBe([later, earlier]);
        temp.Store.Search("x, system:sort import time asc").Hashes.ShouldBe([earlier, later]);
    }

    [Fact]
    public void Given_results_when_read_twice_then_the_hashes_are_the_same()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["x"] });

        var results = temp.Store.Search("x");

        results.Hashes[0].ShouldBe(hash);
        results.Hashes.ShouldBe([hash]);
    }
}
