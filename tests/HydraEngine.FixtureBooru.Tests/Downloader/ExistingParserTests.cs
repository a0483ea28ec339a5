using HydraEngine.Definitions;
using HydraEngine.FixtureBooru.Tests.Support;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Pages;
using HydraEngine.Parsing.Results;
using HydraEngine.Testing;

namespace HydraEngine.FixtureBooru.Tests.Downloader;

/// <summary>The parsers written for the saved pages (demo and fixtures) still work on the live site's markup.</summary>
public sealed class ExistingParserTests(SharedBooru booru) : IClassFixture<SharedBooru>
{
    private static readonly HashSet<UrlContentType> Desired = [UrlContentType.Desired];

    private async Task<IReadOnlyList<ParsedContent>> ParseAsync(string parserPath, string pathAndQuery)
    {
        var url = booru.Server.UrlFor(pathAndQuery).ToString();
        var parser = (PageParser)DefinitionLoader.LoadFile(Path.Combine(RepositoryPaths.Fixtures, parserPath)).Definition!;
        var text = PageText.Decode(await booru.Client.GetByteArrayAsync(url));
        var result = new PageParserRunner().Run(parser, text, ParsingContext.ForUrl(url));
        result.Failure.ShouldBeNull();
        return result.Posts.SelectMany(post => post.Contents).ToList();
    }

    [Fact]
    public async Task The_demo_post_parser_reads_file_url_general_tags_and_md5()
    {
        var post = booru.Server.Site.FindPost(9)!;

        var contents = await ParseAsync("objects/demo/fixture booru post page parser.hydrus.json", "/post/9");

        ParsedPostReader.Urls(contents, Desired, true).ShouldBe([booru.Server.UrlFor(post.File.Path).ToString()]);
        ParsedPostReader.Tags(contents).ShouldBe(post.TagsIn("").ToHashSet(), ignoreOrder: true);
        ParsedPostReader.Hashes(contents).ShouldBe([new("md5", post.Md5)]);
    }

    [Fact]
    public async Task The_fixture_gallery_parser_reads_the_live_post_urls()
    {
        var contents = await ParseAsync("pages/fixture-booru/parsers/gallery page parser.hydrus.json", "/posts?page=2&tags=");

        ParsedPostReader.Urls(contents, Desired, false)
            .ShouldBe(booru.Server.Site.Page("", 2).Select(post => booru.Server.UrlFor(post.PagePath).ToString()));
    }
}
