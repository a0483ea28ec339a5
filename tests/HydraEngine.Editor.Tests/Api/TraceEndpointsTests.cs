using HydraEngine.Editor.Tests.Support;

namespace HydraEngine.Editor.Tests.Api;

/// <summary><c>POST /editor/api/trace</c>: what each rule and string step left, and the first step that left nothing.</summary>
public sealed class TraceEndpointsTests
{
    [Fact]
    public async Task Each_html_rule_shows_the_nodes_it_left()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, trace) = await server.PostAsync("trace", Fixtures.ParseBody(Fixtures.PostParser));

        status.ShouldBe(200);
        var first = trace!["content_parsers"]![0]!;
        first["pointer"]!.GetValue<string>().ShouldBe("/content_parsers/0");
        var steps = first["steps"]!.AsArray();
        steps[0]!["pointer"]!.GetValue<string>().ShouldBe("/content_parsers/0/formula/rules/0");
        steps[0]!["kind"]!.GetValue<string>().ShouldBe("html_rule");
        steps[0]!["count"]!.GetValue<int>().ShouldBeGreaterThan(0);
        steps[0]!["samples"]![0]!.GetValue<string>().ShouldStartWith("<");
        trace["first_empty"].ShouldBeNull();
    }

    [Fact]
    public async Task A_broken_rule_is_named_by_its_pointer_as_the_first_empty_step()
    {
        await using var server = await EditorServer.StartAsync();
        var parser = Fixtures.PostParser;
        parser["content_parsers"]![1]!["formula"]!["rules"]![0]!["tag_name"] = "no-such-tag";

        var (status, trace) = await server.PostAsync("trace", Fixtures.ParseBody(parser));

        status.ShouldBe(200);
        trace!["first_empty"]!.GetValue<string>().ShouldBe("/content_parsers/1/formula/rules/0");
        trace["content_parsers"]![1]!["first_empty"]!.GetValue<string>().ShouldBe("/content_parsers/1/formula/rules/0");
        trace["content_parsers"]![0]!["first_empty"].ShouldBeNull();
    }

    [Fact]
    public async Task String_processing_steps_are_traced_one_by_one()
    {
        await using var server = await EditorServer.StartAsync();
        var parser = Fixtures.PostParser;
        parser["content_parsers"]![1]!["formula"]!["processor"] = System.Text.Json.Nodes.JsonNode.Parse("""
            {"steps":[{"kind":"string_match","match_type":"fixed","value":"nothing like this","min_chars":null,"max_chars":null,"example":"x"}]}
            """);

        var (_, trace) = await server.PostAsync("trace", Fixtures.ParseBody(parser));

        var steps = trace!["content_parsers"]![1]!["steps"]!.AsArray();
        steps[^1]!["pointer"]!.GetValue<string>().ShouldBe("/content_parsers/1/formula/processor/steps/0");
        steps[^1]!["count"]!.GetValue<int>().ShouldBe(0);
        trace["content_parsers"]![1]!["first_empty"]!.GetValue<string>().ShouldBe("/content_parsers/1/formula/processor/steps/0");
    }
}
