using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Search;

public sealed class SearchPlanTests
{
    [Fact]
    public void GivenACommonTagAndASmallLimit_WhenTheImportTimeIndexIsWalked_ThenTheResultIsTheNewestMatches()
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
    public void GivenASearchThatWarmedTheDomainSnapshot_WhenAFileIsImportedAndAnotherDeleted_ThenTheNextSearchSeesBoth()
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
    public void GivenAnotherConnectionImports_WhenSearchingAgain_ThenTheNewFileIsFound()
    {
        using var temp = new TempStore();
        var first = temp.ImportPng(new ImportOptions { Tags = ["x"] });
        temp.Store.Search("x").Hashes.ShouldBe([first]);

        using var other = HydraStore.Open(temp.Location);
        var second = other.Import(temp.WritePng(), new ImportOptions { Tags = ["x"] }).Hash;

        temp.Store.Search("x").Hashes.ShouldBe([second, first], ignoreOrder: true);
    }

    [Fact]
    public void GivenAFileTaggedBeforeItsImport_ThenNewestFirstStillFollowsImportTime()
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
    public void GivenResults_WhenReadTwice_ThenTheHashesAreTheSame()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Tags = ["x"] });

        var results = temp.Store.Search("x");

        results.Hashes[0].ShouldBe(hash);
        results.Hashes.ShouldBe([hash]);
    }
}
