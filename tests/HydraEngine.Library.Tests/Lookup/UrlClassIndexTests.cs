using HydraEngine.Library.Lookup;
using HydraEngine.Library.Tests.Support;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;

namespace HydraEngine.Library.Tests.Lookup;

public sealed class UrlClassIndexTests
{
    private static readonly UrlClass[] Classes =
    [
        Fixtures.PostPage,
        Fixtures.Gallery,
        Fixtures.PostPage with { Name = "any subdomain post", Key = new string('1', 64), DomainMask = new UrlDomainMask(["example.com"], [], true, false), ExampleUrl = "https://img.example.com/post/1" },
        Fixtures.PostPage with { Name = "www post", Key = new string('2', 64), DomainMask = new UrlDomainMask(["example.com"], [], false, false), ExampleUrl = "https://www2.example.com/post/1" },
        Fixtures.PostPage with { Name = "regex post", Key = new string('3', 64), DomainMask = new UrlDomainMask([], [@"e[a-z]+\.org"], false, false), ExampleUrl = "https://example.org/post/1" },
    ];

    [Theory]
    [InlineData("http://127.0.0.1:8089/post/1")]
    [InlineData("http://127.0.0.1:8089/posts?page=1&tags=a")]
    [InlineData("http://127.0.0.1:8089/posts")]
    [InlineData("https://img.example.com/post/2")]
    [InlineData("https://a.b.example.com/post/2")]
    [InlineData("https://www7.example.com/post/2")]
    [InlineData("https://notexample.com/post/2")]
    [InlineData("https://example.org/post/3")]
    [InlineData("https://www.example.org/post/3")]
    [InlineData("https://Example.com/post/3")]
    [InlineData("not a url")]
    public void The_index_picks_what_the_domain_manager_picks(string url)
    {
        var manager = new DomainManager(Classes, Array.Empty<PageParser>());
        new UrlClassIndex(manager).GetUrlClass(url).ShouldBe(manager.GetUrlClass(url));
    }
}
