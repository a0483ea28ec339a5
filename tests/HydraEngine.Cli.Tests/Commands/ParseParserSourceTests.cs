using HydraEngine.Cli.Commands;
using HydraEngine.Cli.Commands.Demo;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands;

/// <summary>
/// `hydra parse` picks its parser as a user expects: the one a bundle links to --url, a library parser by name, or the
/// library's parser for --url; a URL that is not absolute http(s) is refused.
/// </summary>
public sealed class ParseParserSourceTests : IDisposable
{
    private const string Domain = "127.0.0.1:8089";
    private static readonly string Page = Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru", "post.html");

    private readonly string folder = Directory.CreateTempSubdirectory("hydra-parse-source-").FullName;

    private string Database => Path.Combine(folder, "hydra.db");

    [Theory]
    [InlineData("http://127.0.0.1:8089/post/1", "fixture booru post page parser")]
    [InlineData("http://127.0.0.1:8089/posts?page=1&tags=cat", "fixture booru gallery page parser")]
    public void A_bundle_with_several_parsers_runs_the_one_linked_to_the_url(string url, string expected)
    {
        var (bundle, _) = DemoDownloader.RoundTrip(DemoDownloader.Load(Domain), folder);

        var (code, output, error) = Parse(new ParseRequest(bundle, null, url, Page, null));

        code.ShouldBe(0, error);
        output.Split('\n')[0].ShouldBe($"{expected} on {url}");
    }

    [Fact]
    public void A_parser_is_taken_from_the_library_by_name()
    {
        DemoDownloader.Import(Database, DemoDownloader.Load(Domain));

        var (code, output, error) = Parse(new ParseRequest("fixture booru gallery page parser", null, "http://127.0.0.1:8089/post/1", Page, Database));

        code.ShouldBe(0, error);
        output.ShouldStartWith("fixture booru gallery page parser on ");
    }

    [Fact]
    public void Without_parser_the_library_parser_for_the_url_runs()
    {
        DemoDownloader.Import(Database, DemoDownloader.Load(Domain));

        var (code, output, error) = Parse(new ParseRequest(null, null, "http://127.0.0.1:8089/post/1", Page, Database));

        code.ShouldBe(0, error);
        output.ShouldStartWith("fixture booru post page parser on ");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/post/1")]
    [InlineData("ftp://example.com/x")]
    public void A_url_that_is_not_absolute_http_is_refused(string url)
    {
        var parser = Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru", "parsers", "post page parser.hydrus.json");

        var (code, _, error) = Parse(new ParseRequest(parser, null, url, Page, null));

        code.ShouldBe(2);
        error.ShouldContain("--url must be an absolute http or https URL");
    }

    [Fact]
    public void Timestamps_print_as_iso_dates_and_notes_stay_indented()
    {
        var parser = Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru", "parsers", "post page parser.hydrus.json");

        var (_, output, _) = Parse(new ParseRequest(parser, null, "https://fixture.test/post/101", Page, null));

        output.ShouldContain("timestamp [posted epoch]: 2024-01-02T00:04:05Z (1704153845)");
        output.ShouldContain("notes [notes]: First note line\n      second line");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Output, string Error) Parse(ParseRequest request)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ParseOne.Run(request, asJson: false, output, error);
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }
}
