using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Parsing.Tests.Results;

/// <summary>spec/test-vectors.md §R (now = 1700000000).</summary>
public sealed class ParsedPostReaderVectorTests
{
    private static ParsedContent Hash(string type, string encoding, string value) => new("hash", new HashContent(type, encoding), value);

    private static ParsedContent Url(UrlContentType type, int priority, string value) => new("urls", new UrlsContent(type, priority), value);

    [Fact]
    public void R01_hashes_decode_hex_then_base64_and_skip_garbage() =>
        ParsedPostReader.Hashes([
            Hash("md5", "hex", "D41D8CD98F00B204E9800998ECF8427E"),
            Hash("md5", "hex", "1B2M2Y8AsgTpgAmY7PhCfg=="),
            Hash("md5", "hex", "zz"),
            Hash("sha1", "base64", "2jmj7l5rSw0yVb/vlWAYkK/YBwk="),
        ]).ShouldBe([
            new("md5", "d41d8cd98f00b204e9800998ecf8427e"),
            new("md5", "d41d8cd98f00b204e9800998ecf8427e"),
            new("sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ]);

    [Fact]
    public void R02_source_time_is_the_minimum_with_the_future_capped()
    {
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1700000000));
        var contents = new[] { "1600000000", "1500000000", "abc", "1800000000" }.Select(value => new ParsedContent("t", new TimestampContent(0), value));

        ParsedPostReader.SourceTime(contents, clock).ShouldBe(1500000000);
    }

    [Fact]
    public void R03_urls_by_priority_and_type()
    {
        ParsedContent[] contents =
        [
            Url(UrlContentType.Desired, 40, "https://e.com/sample.jpg"),
            Url(UrlContentType.Desired, 60, "https://e.com/orig.png"),
            Url(UrlContentType.Desired, 60, "https://e.com/orig.png"),
            Url(UrlContentType.Desired, 60, "https://e.com/orig2.png"),
            Url(UrlContentType.Source, 50, "https://src.com/1"),
        ];
        var desired = new HashSet<UrlContentType> { UrlContentType.Desired };

        ParsedPostReader.Urls(contents, desired, topPriorityOnly: true).ShouldBe(["https://e.com/orig.png", "https://e.com/orig2.png"]);
        ParsedPostReader.Urls(contents, desired, topPriorityOnly: false).ShouldBe(["https://e.com/sample.jpg", "https://e.com/orig.png", "https://e.com/orig2.png"]);
        ParsedPostReader.Urls(contents, new HashSet<UrlContentType> { UrlContentType.Source }, topPriorityOnly: false).ShouldBe(["https://src.com/1"]);
    }

    [Fact]
    public void R04_title_is_highest_priority_then_greatest()
    {
        var posts = new[] { (50, "apple"), (60, "banana"), (60, "cherry"), (10, "zzz") }
            .Select(pair => new ParsedPost([new ParsedContent("title", new TitleContent(pair.Item1), pair.Item2)]));

        ParsedPostReader.Title(posts).ShouldBe("cherry");
    }

    [Fact]
    public void R05_notes_sorted_by_parser_name_and_empty_dropped() =>
        ParsedPostReader.Notes([
            new("b parser", new NotesContent("comment"), "from b"),
            new("a parser", new NotesContent("comment"), "from a"),
            new("c", new NotesContent("other"), "   "),
        ]).ShouldBe([new("comment", "from a"), new("comment", "from b")]);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
