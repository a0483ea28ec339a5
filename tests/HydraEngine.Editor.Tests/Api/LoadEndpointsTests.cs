using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;

namespace HydraEngine.Editor.Tests.Api;

/// <summary><c>POST /editor/api/load</c>: a file decoded to native JSON with every diagnostic at its pointer; <c>GET schema</c>.</summary>
public sealed class LoadEndpointsTests
{
    [Fact]
    public async Task A_hydrus_json_file_decodes_to_native_json()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, loaded) = await server.PostBytesAsync("load?name=parser.json", File.ReadAllBytes(Fixtures.ParserFile));

        status.ShouldBe(200);
        loaded!["ok"]!.GetValue<bool>().ShouldBeTrue();
        loaded["format"]!.GetValue<string>().ShouldBe("hydrus_json");
        loaded["source"]!.GetValue<string>().ShouldBe("parser.json");
        JsonNode.DeepEquals(loaded["native"], Fixtures.PostParser).ShouldBeTrue();
    }

    [Fact]
    public async Task A_bad_native_field_is_a_diagnostic_with_its_pointer_and_code()
    {
        await using var server = await EditorServer.StartAsync();
        var parser = Fixtures.PostParser;
        parser["content_parsers"]![2]!["formula"]!["surprise"] = 1;

        var (status, loaded) = await server.PostBytesAsync("load", System.Text.Encoding.UTF8.GetBytes(parser.ToJsonString()));

        status.ShouldBe(200);
        loaded!["ok"]!.GetValue<bool>().ShouldBeFalse();
        var diagnostic = loaded["diagnostics"]![0]!;
        diagnostic["path"]!.GetValue<string>().ShouldBe("/content_parsers/2/formula/surprise");
        diagnostic["code"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_empty_body_is_a_400()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.PostBytesAsync("load", []);

        status.ShouldBe(400);
        answer!["error"]!.GetValue<string>().ShouldContain("empty");
    }

    [Fact]
    public async Task The_schema_is_the_native_json_schema()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, schema) = await server.GetAsync("schema");

        status.ShouldBe(200);
        schema!["$id"]!.GetValue<string>().ShouldBe(HydraEngine.Definitions.Native.NativeSchemaGenerator.SchemaId);
    }
}
