using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;
using HydraEngine.Testing;

namespace HydraEngine.Editor.Tests.Api;

/// <summary><c>POST /editor/api/parse</c>: the JSON of <c>hydra parse --json</c>, and clear 4xx answers for bad requests.</summary>
public sealed class ParseEndpointsTests
{
    [Fact]
    public async Task Parse_answers_exactly_what_hydra_parse_json_prints()
    {
        await using var server = await EditorServer.StartAsync();
        using var data = new TemporaryFolder();
        var cli = HydraCli.Run(data.Path, "parse", "--parser", Fixtures.ParserFile, "--url", Fixtures.PostUrl, Fixtures.PostPagePath, "--json");

        using var response = await server.Client.PostAsync("parse", new StringContent(Fixtures.ParseBody(Fixtures.PostParserTuple).ToJsonString()));

        cli.Exit.ShouldBe(0, cli.Error);
        (await response.Content.ReadAsStringAsync()).ShouldBe(cli.Output.TrimEnd('\n'));
    }

    [Fact]
    public async Task Native_json_parses_as_its_hydrus_tuple()
    {
        await using var server = await EditorServer.StartAsync();

        var native = await server.PostAsync("parse", Fixtures.ParseBody(Fixtures.PostParser));
        var tuple = await server.PostAsync("parse", Fixtures.ParseBody(Fixtures.PostParserTuple));

        native.Status.ShouldBe(200);
        native.Body!["posts"]!.AsArray().Count.ShouldBe(1);
        JsonNode.DeepEquals(native.Body, tuple.Body).ShouldBeTrue();
    }

    [Fact]
    public async Task A_missing_url_is_a_400_naming_the_field()
    {
        await using var server = await EditorServer.StartAsync();
        var body = Fixtures.ParseBody(Fixtures.PostParser);
        body.Remove("url");

        var (status, answer) = await server.PostAsync("parse", body);

        status.ShouldBe(400);
        answer!["where"]!.GetValue<string>().ShouldBe("/url");
        answer["error"]!.GetValue<string>().ShouldContain("\"url\" is required");
    }

    [Fact]
    public async Task A_relative_url_is_refused_as_hydra_parse_refuses_it()
    {
        await using var server = await EditorServer.StartAsync();
        var body = Fixtures.ParseBody(Fixtures.PostParser);
        body["url"] = "/post/1";

        var (status, answer) = await server.PostAsync("parse", body);

        status.ShouldBe(400);
        answer!["error"]!.GetValue<string>().ShouldContain("absolute http or https URL");
    }

    [Fact]
    public async Task A_definition_that_does_not_load_is_a_422_with_each_diagnostic_at_its_pointer()
    {
        await using var server = await EditorServer.StartAsync();
        var parser = Fixtures.PostParser;
        parser["content_parsers"]![0]!["formula"]!["rules"]![0]!["rule_type"] = "sideways";

        var (status, answer) = await server.PostAsync("parse", Fixtures.ParseBody(parser));

        status.ShouldBe(422);
        answer!["where"]!.GetValue<string>().ShouldBe("/definition/content_parsers/0/formula/rules/0/rule_type");
        answer["diagnostics"]!.AsArray().ShouldContain(diagnostic => diagnostic!["code"]!.GetValue<string>().Length > 0);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.PostBytesAsync("parse", "definition=1"u8.ToArray());

        status.ShouldBe(400);
        answer!["error"]!.GetValue<string>().ShouldContain("not valid JSON");
    }

    [Fact]
    public async Task A_parser_name_the_definition_lacks_is_a_422_listing_those_it_has()
    {
        await using var server = await EditorServer.StartAsync();
        var body = Fixtures.ParseBody(Fixtures.Bundle);
        body["name"] = "no such parser";

        var (status, answer) = await server.PostAsync("parse", body);

        status.ShouldBe(422);
        answer!["where"]!.GetValue<string>().ShouldBe("/name");
        answer["error"]!.GetValue<string>().ShouldContain("fixture booru post page parser");
    }
}
