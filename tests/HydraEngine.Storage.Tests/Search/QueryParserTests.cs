using HydraEngine.Storage.Files;
using HydraEngine.Storage.Search;

namespace HydraEngine.Storage.Tests.Search;

public sealed class QueryParserTests
{
    [Fact]
    public void Given_tags_separated_by_commas_then_each_is_a_cleaned_tag_predicate() =>
        QueryParser.Parse("Blue  Eyes, character:Samus Aran").Predicates
            .ShouldBe([new TagPredicate("blue eyes"), new TagPredicate("character:samus aran")]);

    [Fact]
    public void Given_a_dash_then_the_tag_is_negated() =>
        QueryParser.Parse("-solo").Predicates.ShouldBe([new NotPredicate(new TagPredicate("solo"))]);

    [Fact]
    public void Given_a_quoted_dash_then_it_is_part_of_the_tag_text() =>
        QueryParser.Parse("\"-_-\"").Predicates.Single().ShouldBeOfType<TagPredicate>();

    [Fact]
    public void Given_namespace_star_then_it_is_a_namespace_predicate() =>
        QueryParser.Parse("series:*").Predicates.ShouldBe([new NamespacePredicate("series")]);

    [Fact]
    public void Given_stars_in_an_unnamespaced_term_then_it_is_a_wildcard_over_any_namespace() =>
        QueryParser.Parse("*wild*card*").Predicates.ShouldBe([new WildcardPredicate(null, "*wild*card*")]);

    [Fact]
    public void Given_stars_after_a_namespace_then_the_wildcard_is_limited_to_it() =>
        QueryParser.Parse("series:*zelda*").Predicates.ShouldBe([new WildcardPredicate("series", "*zelda*")]);

    [Fact]
    public void Given_or_then_the_terms_become_one_alternative_group() =>
        QueryParser.Parse("blue eyes OR green eyes, solo").Predicates.ShouldBe(
        [
            new OrPredicate([new TagPredicate("blue eyes"), new TagPredicate("green eyes")]),
            new TagPredicate("solo"),
        ]);

    [Fact]
    public void Given_parentheses_around_an_or_group_then_they_group_it() =>
        QueryParser.Parse("(a OR -b), c").Predicates.ShouldBe(
        [
            new OrPredicate([new TagPredicate("a"), new NotPredicate(new TagPredicate("b"))]),
            new TagPredicate("c"),
        ]);

    [Fact]
    public void Given_parentheses_inside_a_tag_then_they_are_part_of_it() =>
        QueryParser.Parse("character:link (zelda)").Predicates.ShouldBe([new TagPredicate("character:link (zelda)")]);

    [Fact]
    public void Given_windows_newlines_and_a_trailing_newline_then_they_separate_terms() =>
        QueryParser.Parse("a\r\nb\n").Predicates.ShouldBe([new TagPredicate("a"), new TagPredicate("b")]);

    [Fact]
    public void Given_lower_case_or_then_it_is_just_a_word_of_the_tag() =>
        QueryParser.Parse("this or that").Predicates.ShouldBe([new TagPredicate("this or that")]);

    [Fact]
    public void Given_system_predicates_then_each_parses_to_its_record()
    {
        var hash = FileHash.Of("x"u8);
        QueryParser.Parse(
                $"system:everything, system:inbox, system:archive, system:filesize > 1.5MB, system:width >= 1920, system:height=1080, " +
                $"system:import time < 7 days, system:import time > 2024-01-31, system:hash = {hash.ToHex()}, system:known url, " +
                "system:known url domain example.com, system:number of tags != 3, system:untagged, system:filetype = image/png")
            .Predicates.ShouldBe(
            [
                new EverythingPredicate(),
                new InboxPredicate(),
                new ArchivePredicate(),
                new FileSizePredicate(NumberComparison.Greater, 1_572_864),
                new DimensionPredicate(Dimension.Width, NumberComparison.GreaterOrEqual, 1920),
                new DimensionPredicate(Dimension.Height, NumberComparison.Equal, 1080),
                new ImportTimePredicate(NumberComparison.Less, TimeSpan.FromDays(7), null),
                new ImportTimePredicate(NumberComparison.Greater, null, new DateOnly(2024, 1, 31)),
                new HashPredicate([hash]),
                new KnownUrlPredicate(UrlMatch.Any, null),
                new KnownUrlPredicate(UrlMatch.Domain, "example.com"),
                new TagCountPredicate(NumberComparison.NotEqual, 3),
                new TagCountPredicate(NumberComparison.Equal, 0),
                new FileTypePredicate([FileMime.ImagePng]),
            ]);
    }

    [Fact]
    public void Given_limit_and_sort_then_they_go_on_the_query_not_the_predicates()
    {
        var query = QueryParser.Parse("solo, system:limit 10, system:sort size asc");

        query.Predicates.ShouldBe([new TagPredicate("solo")]);
        query.Limit.ShouldBe(10);
        query.Sort.ShouldBe(new SearchSort(SortKind.FileSize, Descending: false));
    }

    [Theory]
    [InlineData("system:sort tag page", SortKind.Tag, false, "page")]
    [InlineData("system:sort random", SortKind.Random, false, null)]
    [InlineData("system:sort import time desc", SortKind.ImportTime, true, null)]
    public void Given_a_sort_then_its_kind_and_direction_are_read(string text, SortKind kind, bool descending, string? ns)
    {
        var sort = QueryParser.Parse(text).Sort!;

        (sort.Kind, sort.Descending, sort.Namespace).ShouldBe((kind, descending, ns));
    }

    [Fact]
    public void Given_only_limit_then_everything_is_searched() =>
        QueryParser.Parse("system:limit = 5").Predicates.ShouldBe([new EverythingPredicate()]);

    [Theory]
    [InlineData("", "the search is empty", 1)]
    [InlineData("(a OR b", "'(' is never closed", 1)]
    [InlineData("a OR b)", "')' has no matching '('", 7)]
    [InlineData("character:link (zelda", "'(' is never closed", 16)]
    [InlineData("\"blue eyes", "'\"' is never closed", 1)]
    [InlineData("a OR", "OR needs a term after it", 3)]
    [InlineData("OR b", "OR needs a term before it", 1)]
    [InlineData("a,, b", "there is no term after ','", 2)]
    [InlineData("a,", "there is no term after ','", 2)]
    [InlineData(", a", "there is no term before ','", 1)]
    [InlineData("-", "'-' needs a tag after it", 1)]
    [InlineData("a, :", "is empty once cleaned", 4)]
    [InlineData("   ", "the search is empty", 1)]
    [InlineData("*", "matches every tag", 1)]
    [InlineData("system:bogus", "unknown predicate 'bogus'", 8)]
    [InlineData("system:filesize > lots", "is not a size", 19)]
    [InlineData("system:limit 0", "at least 1", 14)]
    [InlineData("system:hash = 12", "is not a SHA-256 hash", 15)]
    [InlineData("system:import time < soon", "is not an age or a date", 22)]
    [InlineData("blue eyes, system:widht > 5", "unknown predicate 'widht': did you mean 'width'?", 19)]
    [InlineData("system:duration > soon", "is not a duration", 19)]
    [InlineData("system:ratio = 0:9", "two numbers above 0", 8)]
    [InlineData("a OR system:limit 3", "cannot be part of an OR", 1)]
    [InlineData("-system:limit 3", "cannot be negated", 1)]
    public void Given_bad_syntax_then_the_error_says_what_and_where(string text, string problem, int column)
    {
        var error = Should.Throw<QuerySyntaxException>(() => QueryParser.Parse(text));

        error.Problem.ShouldContain(problem);
        error.Column.ShouldBe(column);
    }
}
