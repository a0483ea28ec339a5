using HydraEngine.Storage.Search;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Tests.Search;

public sealed class SearchExecutorTests : IDisposable
{
    private readonly SearchFixture fixture = new();

    [Fact]
    public void Given_everything_then_all_files_come_newest_first() =>
        fixture.Search("system:everything").ShouldBe([fixture.Animated, fixture.Wide, fixture.Small]);

    [Fact]
    public void Given_one_tag_then_only_files_with_it_match() =>
        fixture.Search("blue eyes").ShouldBe([fixture.Small]);

    [Fact]
    public void Given_several_tags_then_files_must_have_all() =>
        fixture.Search("solo, character:samus aran").ShouldBe([fixture.Wide]);

    [Fact]
    public void Given_an_unknown_tag_then_nothing_matches() =>
        fixture.Search("never used").ShouldBeEmpty();

    [Fact]
    public void Given_a_negated_tag_then_files_with_it_are_left_out() =>
        fixture.Search("-solo").ShouldBe([fixture.Animated]);

    [Fact]
    public void Given_or_then_files_with_either_match() =>
        fixture.Search("blue eyes OR green eyes").ShouldBe([fixture.Wide, fixture.Small]);

    [Fact]
    public void Given_namespace_star_then_files_with_any_tag_in_it_match() =>
        fixture.Search("page:*").ShouldBe([fixture.Wide, fixture.Small]);

    [Fact]
    public void Given_a_wildcard_then_matching_subtags_in_any_namespace_count() =>
        fixture.Search("*sam*").ShouldBe([fixture.Wide]);

    [Fact]
    public void Given_a_wildcard_in_one_namespace_then_other_namespaces_do_not_count() =>
        fixture.Search("series:*sam*").ShouldBeEmpty();

    [Fact]
    public void Given_inbox_and_archive_then_they_split_the_files()
    {
        fixture.Store.Archive([fixture.Small]);

        fixture.Search("system:archive").ShouldBe([fixture.Small]);
        fixture.Search("system:inbox").ShouldBe([fixture.Animated, fixture.Wide]);
    }

    [Fact]
    public void Given_file_size_then_it_compares_bytes() =>
        fixture.Search("system:filesize > 4KB").ShouldBe([fixture.Wide]);

    [Fact]
    public void Given_width_and_height_then_they_compare_headers() =>
        fixture.Search("system:width > 50, system:height < 1000").ShouldBe([fixture.Small]);

    [Fact]
    public void Given_an_import_age_then_recent_files_match() =>
        fixture.Search("system:import time < 5 days").ShouldBe([fixture.Animated]);

    [Fact]
    public void Given_an_import_day_then_files_of_that_day_match() =>
        fixture.Search("system:import time = 2024-06-11").ShouldBe([fixture.Wide]);

    [Fact]
    public void Given_a_hash_then_that_file_matches() =>
        fixture.Search($"system:hash {fixture.Wide.ToHex()}").ShouldBe([fixture.Wide]);

    [Fact]
    public void Given_known_url_then_files_with_any_url_match() =>
        fixture.Search("system:known url").ShouldBe([fixture.Animated, fixture.Small]);

    [Fact]
    public void Given_a_known_url_domain_then_only_that_domain_matches() =>
        fixture.Search("system:known url domain booru.example").ShouldBe([fixture.Small]);

    [Fact]
    public void Given_an_exact_known_url_then_only_that_file_matches() =>
        fixture.Search("system:known url = https://other.example/a").ShouldBe([fixture.Animated]);

    [Fact]
    public void Given_number_of_tags_then_storage_tags_are_counted() =>
        fixture.Search("system:number of tags > 3").ShouldBe([fixture.Wide]);

    [Fact]
    public void Given_untagged_then_files_without_tags_match() =>
        fixture.Search("system:untagged").ShouldBe([fixture.Animated]);

    [Fact]
    public void Given_a_file_type_then_only_that_type_matches() =>
        fixture.Search("system:filetype = gif").ShouldBe([fixture.Animated]);

    [Fact]
    public void Given_a_limit_then_only_that_many_come_back() =>
        fixture.Search("system:everything, system:limit 2").ShouldBe([fixture.Animated, fixture.Wide]);

    [Fact]
    public void Given_sort_by_size_ascending_then_smallest_first() =>
        fixture.Search("system:everything, system:sort size asc").First().ShouldBe(fixture.Animated);

    [Fact]
    public void Given_sort_by_import_time_ascending_then_oldest_first() =>
        fixture.Search("system:everything, system:sort import time asc").ShouldBe([fixture.Small, fixture.Wide, fixture.Animated]);

    [Fact]
    public void Given_sort_by_tag_namespace_then_numbers_compare_as_numbers() =>
        fixture.Search("page:*, system:sort tag page").ShouldBe([fixture.Small, fixture.Wide]);

    [Fact]
    public void Given_random_sort_with_a_seed_then_the_order_repeats_and_holds_every_file()
    {
        var options = new SearchOptions(Sort: new SearchSort(SortKind.Random, false, Seed: 7));

        var first = fixture.Store.Search("system:everything", options).Hashes;

        first.ShouldBe(fixture.Store.Search("system:everything", options).Hashes);
        first.ShouldBe([fixture.Small, fixture.Wide, fixture.Animated], ignoreOrder: true);
    }

    [Fact]
    public void Given_one_tag_service_then_tags_of_other_services_do_not_count()
    {
        fixture.Store.AddTags([fixture.Animated], ["solo"], ServiceCatalog.DownloaderTags);

        fixture.Store.Search("solo", new SearchOptions(TagService: ServiceCatalog.DownloaderTags)).Hashes.ShouldBe([fixture.Animated]);
        fixture.Store.Search("solo").Hashes.ShouldBe([fixture.Animated, fixture.Wide, fixture.Small]);
    }

    [Fact]
    public void Given_bad_syntax_then_search_throws_a_syntax_error() =>
        Should.Throw<QuerySyntaxException>(() => fixture.Search("(solo"));

    public void Dispose() => fixture.Dispose();
}
