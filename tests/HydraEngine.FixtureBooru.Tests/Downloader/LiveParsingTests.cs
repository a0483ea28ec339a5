using HydraEngine.FixtureBooru.Tests.Support;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Pages;
using HydraEngine.Parsing.Results;

namespace HydraEngine.FixtureBooru.Tests.Downloader;

/// <summary>The shipped page parsers run on pages fetched live from the server.</summary>
public sealed class LiveParsingTests(SharedBooru booru) : IClassFixture<SharedBooru>
{
    private static readonly HashSet<UrlContentType> Desired = [UrlContentType.Desired];

    private FixtureBooruServer Server => booru.Server;

    private async Task<PageParseResult> ParseAsync(string parserName, string pathAndQuery)
    {
        var url = Server.UrlFor(pathAndQuery).ToString();
        var text = PageText.Decode(await booru.Client.GetByteArrayAsync(url));
        var result = new PageParserRunner().Run(LoadedDownloader.For(Server).Parser(parserName), text, ParsingContext.ForUrl(url));
        result.Failure.ShouldBeNull();
        return result;
    }

    private string Absolute(string path) => Server.UrlFor(path).ToString();

    [Fact]
    public async Task The_gallery_parser_finds_the_post_urls_of_the_page()
    {
        var result = await ParseAsync("fixture booru gallery page parser", "/posts?page=1&tags=blue_eyes");

        var expected = Server.Site.Search("blue_eyes").Take(20).Select(post => Absolute(post.PagePath));
        ParsedPostReader.Urls(result.Posts.SelectMany(post => post.Contents), Desired, topPriorityOnly: false).ShouldBe(expected);
    }

    [Fact]
    public async Task The_gallery_parser_finds_the_next_page()
    {
        var result = await ParseAsync("fixture booru gallery page parser", "/posts?page=1&tags=");

        ParsedPostReader.Urls(result.Posts.SelectMany(post => post.Contents), new HashSet<UrlContentType> { UrlContentType.NextGalleryPage }, false)
            .ShouldBe([Absolute("/posts?page=2&tags=")]);
    }

    [Fact]
    public async Task The_post_parser_finds_the_file_url()
    {
        var post = Server.Site.FindPost(6)!;

        var contents = (await ParseAsync("fixture booru post page parser", "/post/6")).Posts.Single().Contents;

        ParsedPostReader.Urls(contents, Desired, topPriorityOnly: true).ShouldBe([Absolute(post.File.Path)]);
    }

    [Fact]
    public async Task The_post_parser_finds_the_namespaced_tags()
    {
        var post = Server.Site.FindPost(6)!;

        var contents = (await ParseAsync("fixture booru post page parser", "/post/6")).Posts.Single().Contents;

        ParsedPostReader.Tags(contents).Order(StringComparer.Ordinal).ShouldBe(post.Tags.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_post_parser_finds_the_md5_and_sha256()
    {
        var post = Server.Site.FindPost(6)!;

        var contents = (await ParseAsync("fixture booru post page parser", "/post/6")).Posts.Single().Contents;

        ParsedPostReader.Hashes(contents).ShouldBe([new("md5", post.Md5), new("sha256", post.Sha256)]);
    }

    [Fact]
    public async Task The_post_parser_finds_the_title_notes_and_source_time()
    {
        var post = Server.Site.FindPost(6)!;

        var result = await ParseAsync("fixture booru post page parser", "/post/6");
        var contents = result.Posts.Single().Contents;

        ParsedPostReader.Title(result.Posts).ShouldBe(post.Title);
        ParsedPostReader.Notes(contents).ShouldBe(post.Notes.Select(note => new KeyValuePair<string, string>(note.Name, note.Text)).OrderBy(note => note.Key, StringComparer.Ordinal));
        ParsedPostReader.SourceTime(contents).ShouldBe(post.Posted.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task The_thread_parser_finds_each_visible_file_with_its_post_time()
    {
        var thread = Server.Site.Threads[0];
        var visible = thread.PostsAt(booru.Clock.GetUtcNow());

        var result = await ParseAsync("fixture booru thread parser", thread.PagePath);

        result.Posts.Select(post => (ParsedPostReader.Urls(post.Contents, Desired, true).Single(), ParsedPostReader.SourceTime(post.Contents)))
            .ShouldBe(visible.Select(post => (Absolute(post.File.Path), (long?)post.Posted.ToUnixTimeSeconds())));
        ParsedPostReader.Title(result.Posts).ShouldBe(thread.Subject);
    }
}
