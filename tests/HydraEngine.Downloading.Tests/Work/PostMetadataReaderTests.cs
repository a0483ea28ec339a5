using HydraEngine.Definitions;
using HydraEngine.Downloading.Work;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;
using HydraEngine.Testing;

namespace HydraEngine.Downloading.Tests.Work;

/// <summary>Source URL rules of semantics.md §6 over the fixture booru's URL classes (no network).</summary>
public sealed class PostMetadataReaderTests
{
    private const string Post = "http://127.0.0.1:8089/post/7";
    private static readonly DomainManager Domains = LoadDomains();

    private static DomainManager LoadDomains()
    {
        var definitions = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Parsers, "fixture-booru"), "*.hydrus.json")
            .Select(file => DefinitionLoader.LoadFile(file).Definition!)
            .ToList();
        return new DomainManager(definitions.OfType<UrlClass>(), definitions.OfType<PageParser>());
    }

    [Fact]
    public void Source_urls_are_normalised_and_kept_when_their_site_is_elsewhere() =>
        PostMetadataReader.SourceUrls(["https://elsewhere.example/art/1#top"], Domains, [Post]).ShouldBe(["https://elsewhere.example/art/1"]);

    [Fact]
    public void The_seeds_own_url_and_text_that_is_not_a_url_are_dropped() =>
        PostMetadataReader.SourceUrls([Post, "not a url", "/relative/path"], Domains, [Post]).ShouldBeEmpty();

    [Fact]
    public void A_source_of_the_same_url_class_as_the_seed_is_a_same_site_loop() =>
        PostMetadataReader.SourceUrls(["http://127.0.0.1:8089/post/8"], Domains, [Post]).ShouldBeEmpty();

    [Fact]
    public void Each_post_keeps_its_own_desired_urls_and_a_shared_url_goes_to_the_first_post()
    {
        static ParsedPostStub Post(params string[] urls) => new(urls);
        var posts = new[] { Post("http://a/1", "http://a/2"), Post("http://a/2", "http://a/3") }.Select(stub => stub.ToPost()).ToList();
        FileSeedWorker.PairUrlsWithPosts(posts).Select(pair => (pair.Url, posts.IndexOf(pair.Post))).ShouldBe([("http://a/1", 0), ("http://a/2", 0), ("http://a/3", 1)]);
    }

    private sealed record ParsedPostStub(string[] Urls)
    {
        public Parsing.Content.ParsedPost ToPost() =>
            new(Urls.Select(url => new Parsing.Content.ParsedContent("file", new UrlsContent(UrlContentType.Desired, 50), url)).ToList());
    }
}
