using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Pages;

namespace HydraEngine.Parsing.Tests.Pages;

/// <summary><c>hydra parse --json</c>'s document, streamed by <see cref="ParseResultJson.Write"/>.</summary>
public sealed class ParseResultJsonTests
{
    private static readonly StringMatch Any = new(StringMatchType.Any, "", null, null, "");

    private static string Written(PageParseResult result, bool keepLoneSurrogates = false)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ParseResultJson.Write(writer, "p", "https://e.com/", result, keepLoneSurrogates: keepLoneSurrogates);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Every_content_type_is_written_with_its_fields_in_order()
    {
        ParsedContent[] contents =
        [
            new("u", new UrlsContent(UrlContentType.Desired, 50), "https://e.com/1"),
            new("t", new TagsContent(null), "a&b"),
            new("h", new HashContent("md5", "hex"), "00"),
            new("s", new TimestampContent(null), "1"),
            new("n", new NotesContent("note"), "line\nnext"),
            new("x", new TitleContent(3), "T"),
            new("v", new VariableContent("var"), "1"),
            new("k", new HttpHeadersContent("Referer"), "r"),
            new("no", new VetoContent(true, Any), "é"),
        ];

        Written(new PageParseResult([new ParsedPost(contents)], null)).ShouldBe(
            "{\"parser\":\"p\",\"url\":\"https://e.com/\",\"posts\":[{\"contents\":[" +
            "{\"content_type\":\"urls\",\"name\":\"u\",\"value\":\"https://e.com/1\",\"url_type\":\"desired\",\"priority\":50}," +
            "{\"content_type\":\"tags\",\"name\":\"t\",\"value\":\"a\\u0026b\",\"namespace\":\"\"}," +
            "{\"content_type\":\"hash\",\"name\":\"h\",\"value\":\"00\",\"hash_type\":\"md5\",\"hash_encoding\":\"hex\"}," +
            "{\"content_type\":\"timestamp\",\"name\":\"s\",\"value\":\"1\",\"timestamp_type\":null}," +
            "{\"content_type\":\"notes\",\"name\":\"n\",\"value\":\"line\\nnext\",\"note_name\":\"note\"}," +
            "{\"content_type\":\"title\",\"name\":\"x\",\"value\":\"T\",\"priority\":3}," +
            "{\"content_type\":\"variable\",\"name\":\"v\",\"value\":\"1\",\"variable_name\":\"var\"}," +
            "{\"content_type\":\"http_headers\",\"name\":\"k\",\"value\":\"r\",\"header_name\":\"Referer\"}," +
            "{\"content_type\":\"veto\",\"name\":\"no\",\"value\":\"\\u00E9\"}" +
            "]}],\"error\":null}");
    }

    [Fact]
    public void A_failure_is_written_as_the_error_beside_no_posts()
    {
        var failure = new ParseFailure("parsing.json", "Unable to parse", "/content_parsers/0/formula", "", IsVeto: false);

        var json = JsonNode.Parse(Written(new PageParseResult([], failure)))!;

        json["posts"]!.AsArray().ShouldBeEmpty();
        json["error"]!.GetValue<string>().ShouldBe("Unable to parse (at /content_parsers/0/formula)");
    }

    [Fact]
    public void A_value_with_a_lone_surrogate_still_gives_valid_json()
    {
        var result = new PageParseResult([new ParsedPost([new ParsedContent("t", new TagsContent(null), "x\ud800y"), new ParsedContent("t", new TagsContent(null), "z")])], null);

        var json = JsonNode.Parse(Written(result))!;

        json["posts"]![0]!["contents"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public void A_lone_surrogate_in_a_value_is_written_as_its_escape_as_python_writes_it()
    {
        var result = new PageParseResult([new ParsedPost([new ParsedContent("n", new TagsContent("a"), "x\ud800y\U0001F600")])], null);

        var json = Written(result, keepLoneSurrogates: true);

        json.ShouldContain("\"x\\ud800y");
        JsonDocument.Parse(json).RootElement.GetProperty("posts")[0].GetProperty("contents").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public void The_built_node_reads_a_lone_surrogate_as_the_replacement_character()
    {
        var result = new PageParseResult([new ParsedPost([new ParsedContent("n", new TagsContent("a"), "x\ud800y")])], null);

        var node = ParseResultJson.Build("p", "https://e.com/", result);

        node["posts"]![0]!["contents"]![0]!["value"]!.GetValue<string>().ShouldBe("x\uFFFDy");
        node.ToJsonString().ShouldContain("x\\uFFFDy");
    }

    [Fact]
    public void The_built_node_is_the_written_json() =>
        ParseResultJson.Build("p", "https://e.com/", new PageParseResult([new ParsedPost([new ParsedContent("t", new TagsContent("creator"), "bob")])], null)).ToJsonString()
            .ShouldBe(Written(new PageParseResult([new ParsedPost([new ParsedContent("t", new TagsContent("creator"), "bob")])], null)));
}
