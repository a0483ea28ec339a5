using HydraEngine.Storage.Search;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Tests.Search;

public sealed class SearchExecutorTests : IDisposable
{
    private readonly SearchFixture fixture = new();

    [Fact]
    public void GivenEverything_ThenAllFilesComeNewestFirst() =>
        fixture.Search("system:everything").ShouldBe([fixture.Animated, fixture.Wide, fixture.Small]);

    [Fact]
    public void GivenOneTag_ThenOnlyFilesWithItMatch() =>
        fixture.Search("blue eyes").ShouldBe([fixture.Small]);

    [Fact]
    public void GivenSeveralTags_ThenFilesMustHaveAll() =>
        fixture.Search("solo, character:samus aran").ShouldBe([fixture.Wide]);

    [Fact]
    public void GivenAnUnknownTag_ThenNothingMatches() =>
        fixture.Search("never used").ShouldBeEmpty();

    [Fact]
    public void GivenANegatedTag_ThenFilesWithItAreLeftOut() =>
        fixture.Search("-solo").ShouldBe([fixture.Animated]);

    [Fact]
    public void GivenOr_ThenFilesWithEitherMatch() =>
        fixture.Search("blue eyes OR green eyes").ShouldBe([fixture.Wide, fixture.Small]);

    [Fact]
    public void GivenNamespaceStar_ThenFilesWithAnyTagInItMatch() =>
        fixture.Search("page:*").ShouldBe([fixture.Wide, fixture.Small]);

    [Fact]
    public void GivenAWildcard_ThenMatchingSubtagsInAnyNamespaceCount() =>
        fixture.Search("*sam*").ShouldBe([fixture.Wide]);

    [Fact]
    public void GivenAWildcardInOneNamespace_ThenOtherNamespacesDoNotCount() =>
        fixture.Search("series:*sam*").ShouldBeEmpty();

    [Fact]
    public void GivenInboxAndArchive_ThenTheySplitTheFiles()
    {
        fixture.Store.Archive([fixture.Small]);

        fixture.Search("system:archive").ShouldBe([fixture.Small]);
        fixture.Search("system:inbox").ShouldBe([fixture.Animated, fixture.Wide]);
    }

    [Fact]
    public void GivenFileSize_ThenItComparesBytes() =>
        fixture.Search("system:filesize > 4KB").ShouldBe([fixture.Wide]);

    [Fact]
    public void GivenWidthAndHeight_ThenTheyCompareHeaders() =>
        fixture.Search("system:width > 50, system:height < 1000").ShouldBe([fixture.Small]);

    [Fact]
    public void GivenAnImportAge_ThenRecentFilesMatch() =>
        fixture.Search("system:import time < 5 days").ShouldBe([fixture.Animated]);

    [Fact]
    public void GivenAnImportDay_ThenFilesOfThatDayMatch() =>
        fixture.Search("system:import time = 2024-06-11").ShouldBe([fixture.Wide]);

    [Fact]
    public void GivenAHash_ThenThatFileMatches() =>
        fixture.Search($"system:hash {fixture.Wide.ToHex()}").ShouldBe([fixture.Wide]);

    [Fact]
    public void GivenKnownUrl_ThenFilesWithAnyUrlMatch() =>
        fixture.Search("system:known url").ShouldBe([fixture.Animated, fixture.Small]);

    [Fact]
    public void GivenAKnownUrlDomain_ThenOnlyThatDomainMatches() =>
        fixture.Search("system:known url domain booru.example").ShouldBe([fixture.Small]);

    [Fact]
    public void GivenAnExactKnownUrl_ThenOnlyThatFileMatches() =>
        fixture.Search("system:known url = https://other.example/a").ShouldBe([fixture.Animated]);

    [Fact]
    public void GivenNumberOfTags_ThenStorageTagsAreCounted() =>
        fixture.Search("system:number of tags > 3").ShouldBe([fixture.Wide]);

    [Fact]
    public void GivenUntagged_ThenFilesWithoutTagsMatch() =>
        fixture.Search("system:untagged").ShouldBe([fixture.Animated]);

    [Fact]
    public void GivenAFileType_ThenOnlyThatTypeMatches() =>
        fixture.Search("system:filetype = gif").ShouldBe([fixture.Animated]);

    [Fact]
    public void GivenALimit_ThenOnlyThatManyComeBack() =>
        fixture.Search("system:everything, system:limit 2").ShouldBe([fixture.Animated, fixture.Wide]);

    [Fact]
    public void GivenSortBySizeAscending_ThenSmallestFirst() =>
        fixture.Search("system:everything, system:sort size asc").First().ShouldBe(fixture.Animated);

    [Fact]
    public void GivenSortByImportTimeAscending_ThenOldestFirst() =>
        fixture.Search("system:everything, system:sort import time asc").ShouldBe([fixture.Small, fixture.Wide, fixture.Animated]);

    [Fact]
    public void GivenSortByTagNamespace_ThenNumbersCompareAsNumbers() =>
        fixture.Search("page:*, system:sort tag page").ShouldBe([fixture.Small, fixture.Wide]);

    [Fact]
    public void GivenRandomSortWithASeed_ThenTheOrderRepeatsAndHoldsEveryFile()
    {
        var options = new SearchOptions(Sort: new SearchSort(SortKind.Random, false, Seed: 7));

        var first = fixture.Store.Search("system:everything", options).Hashes;

        first.ShouldBe(fixture.Store.Search("system:everything", options).Hashes);
        first.ShouldBe([fixture.Small, fixture.Wide, fixture.Animated], ignoreOrder: true);
    }

    [Fact]
    public void GivenOneTagService_ThenTagsOfOtherServicesDoNotCount()
    {
        fixture.Store.AddTags([fixture.Animated], ["solo"], ServiceCatalog.DownloaderTags);

        fixture.Store.Search("solo", new SearchOptions(TagService: ServiceCatalog.DownloaderTags)).Hashes.ShouldBe([fixture.Animated]);
        fixture.Store.Search("solo").Hashes.ShouldBe([fixture.Animated, fixture.Wide, fixture.Small]);
    }

    [Fact]
    public void GivenBadSyntax_ThenSearchThrowsASyntaxError() =>
        Should.Throw<QuerySyntaxException>(() => fixture.Search("(solo"));

    public void Dispose() => fixture.Dispose();
}
