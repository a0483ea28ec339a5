using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands;

public sealed class ParseCommandTests
{
    private static readonly string Site = Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru");

    private static JsonObject ParseJson(string parser, string page, string url)
    {
        var output = new StringWriter();
        ParseCommand.Run(Path.Combine(Site, "parsers", parser), null, url, Path.Combine(Site, page), asJson: true, output, TextWriter.Null).ShouldBe(0);
        return JsonNode.Parse(output.ToString())!.AsObject();
    }

    [Fact]
    public void Json_output_has_the_documented_top_level_fields()
    {
        var result = ParseJson("post page parser.hydrus.json", "post.html", "https://fixture.test/post/101");

        result.Select(pair => pair.Key).ShouldBe(["parser", "url", "posts", "error"]);
        result["parser"]!.GetValue<string>().ShouldBe("fixture post page");
        result["error"].ShouldBeNull();
    }

    [Fact]
    public void Each_content_type_carries_its_fields()
    {
        var contents = ParseJson("post page parser.hydrus.json", "post.html", "https://fixture.test/post/101")["posts"]![0]!["contents"]!.AsArray().Select(node => node!.AsObject()).ToList();

        contents.First(c => (string)c["name"]! == "file").Select(p => p.Key).ShouldBe(["content_type", "name", "value", "url_type", "priority"]);
        contents.First(c => (string)c["name"]! == "artist")["namespace"]!.GetValue<string>().ShouldBe("creator");
        contents.First(c => (string)c["name"]! == "general")["namespace"]!.GetValue<string>().ShouldBe("");
        contents.First(c => (string)c["name"]! == "md5").Select(p => p.Key).ShouldContain("hash_encoding");
        contents.First(c => (string)c["name"]! == "notes")["note_name"]!.GetValue<string>().ShouldBe("comment");
        contents.First(c => (string)c["name"]! == "posted iso")["timestamp_type"]!.GetValue<int>().ShouldBe(0);
        contents.First(c => (string)c["name"]! == "title")["content_type"]!.GetValue<string>().ShouldBe("title");
    }

    [Fact]
    public void A_parse_error_is_reported_in_the_error_field()
    {
        var result = ParseJson("api gallery parser.hydrus.json", "gallery.html", "https://fixture.test/x");

        result["posts"]!.AsArray().ShouldBeEmpty();
        result["error"]!.GetValue<string>().ShouldContain("HTML instead of JSON");
    }

    [Fact]
    public void A_bundle_without_a_name_lists_its_parsers()
    {
        var error = new StringWriter();
        var bundle = Path.Combine(Path.GetTempPath(), $"bundle-{Guid.NewGuid():N}.json");
        File.WriteAllText(bundle, $"[26, 3, [[2, {File.ReadAllText(Path.Combine(Site, "parsers", "minified parser.hydrus.json"))}], [2, {File.ReadAllText(Path.Combine(Site, "parsers", "legacy page parser.hydrus.json"))}]]]");

        ParseCommand.Run(bundle, null, "https://e.com/", Path.Combine(Site, "minified.json"), asJson: true, TextWriter.Null, error).ShouldBe(2);

        error.ToString().ShouldContain("\"fixture minified\"");
        File.Delete(bundle);
    }

    [Fact]
    public void Json_output_of_a_page_with_thousands_of_posts_is_the_whole_result_written_at_once()
    {
        var page = Path.Combine(Path.GetTempPath(), $"big-gallery-{Guid.NewGuid():N}.html");
        var articles = string.Concat(Enumerable.Range(1, 5000).Select(i =>
            $"<article class=\"thumb post\" data-id=\"{i}\" data-time=\"2024-01-02 03:04:05\"><a href=\"/post/{i}?é=ü\"><img src=\"//cdn.fixture.test/{i}.jpg\" alt=\"tag_{i} ☃\"></a><span class=\"score\">{i}</span></article>"));
        File.WriteAllText(page, $"<html><body><div id=\"posts\">{articles}</div><nav><a class=\"next\" href=\"?page=2\">next</a></nav></body></html>");
        var parser = Path.Combine(Site, "parsers", "gallery page parser.hydrus.json");
        var output = new StringWriter();

        ParseCommand.Run(parser, null, "https://fixture.test/gallery", page, asJson: true, output, TextWriter.Null).ShouldBe(0);

        var text = HydraEngine.Parsing.Documents.PageText.Decode(File.ReadAllBytes(page));
        File.Delete(page);
        var pageParser = (HydraEngine.Model.Parsing.PageParser)HydraEngine.Definitions.DefinitionLoader.LoadFile(parser).Definition!;
        var whole = HydraEngine.Parsing.Pages.ParseResultJson.Build(pageParser.Name, "https://fixture.test/gallery", new HydraEngine.Parsing.Pages.PageParserRunner().Run(pageParser, text, HydraEngine.Parsing.ParsingContext.ForUrl("https://fixture.test/gallery")));
        output.ToString().Length.ShouldBeGreaterThan(200_000);
        output.ToString().ShouldBe(whole.ToJsonString() + Environment.NewLine);
    }
}
