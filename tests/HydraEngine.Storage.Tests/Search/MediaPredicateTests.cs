using HydraEngine.Storage.Search;

namespace HydraEngine.Storage.Tests.Search;

/// <summary>hydrus's system predicates for duration, frames, ratio, notes, domains and URL classes, in hydrus's words.</summary>
public sealed class MediaPredicateTests : IDisposable
{
    private readonly SearchFixture fixture = new();

    [Theory]
    [InlineData("system:ratio = 2:1", "small")]
    [InlineData("system:ratio = 16:9", "wide")]
    [InlineData("system:ratio wider than 1:1", "small,wide")]
    [InlineData("system:ratio is square", "animated")]
    [InlineData("system:ratio is portrait", "")]
    [InlineData("system:ratio ~= 16:9", "wide")]
    public void Ratio_compares_width_to_height(string query, string expected) => Names(query).ShouldBe(expected);

    [Theory]
    [InlineData("system:number of frames > 1", "animated")]
    [InlineData("system:num frames = 3", "animated")]
    [InlineData("system:has frames", "animated")]
    [InlineData("system:no frames", "small,wide")]
    public void Frames_count_animation_frames(string query, string expected) => Names(query).ShouldBe(expected);

    [Theory]
    [InlineData("system:duration > 5s", "")]
    [InlineData("system:no duration", "small,wide")]
    public void Duration_compares_milliseconds(string query, string expected) => Names(query).ShouldBe(expected);

    [Theory]
    [InlineData("system:has notes", "small")]
    [InlineData("system:no notes", "animated,wide")]
    [InlineData("system:number of notes = 2", "small")]
    [InlineData("system:has note with name comment", "small")]
    [InlineData("system:no note with name comment", "animated,wide")]
    [InlineData("system:note contains FIRST", "small")]
    public void Notes_are_counted_named_and_searched(string query, string expected)
    {
        fixture.Store.SetNote(fixture.Small, "comment", "the first note");
        fixture.Store.SetNote(fixture.Small, "source", "scanned");

        Names(query).ShouldBe(expected);
    }

    [Theory]
    [InlineData("system:has domain booru.example", "small")]
    [InlineData("system:has url with domain other.example", "animated")]
    [InlineData("system:does not have domain booru.example", "animated,wide")]
    public void Domains_match_known_urls(string query, string expected) => Names(query).ShouldBe(expected);

    [Fact]
    public void A_url_class_is_matched_through_the_given_classifier()
    {
        var options = new SearchOptions(UrlClassOf: url => url.Contains("booru.example/post/", StringComparison.Ordinal) ? "booru post" : null);

        fixture.Store.Search("system:has url with class booru post", options).Hashes.ShouldBe([fixture.Small]);
    }

    [Fact]
    public void A_url_class_without_a_classifier_is_an_error_that_says_so() =>
        Should.Throw<StoreException>(() => fixture.Store.Search("system:has url with class booru post")).Message.ShouldContain("URL classes");

    public void Dispose() => fixture.Dispose();

    private string Names(string query) => string.Join(',', fixture.Search(query)
        .Select(hash => hash == fixture.Small ? "small" : hash == fixture.Wide ? "wide" : "animated")
        .Order(StringComparer.Ordinal));
}
