using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Editor.Tests.Support;

namespace HydraEngine.Editor.Tests.Api;

/// <summary><c>POST /editor/api/export</c>: a hydrus PNG or native JSON that loads back to the edited object.</summary>
public sealed class ExportEndpointsTests
{
    [Fact]
    public async Task An_exported_png_decodes_to_the_edited_object()
    {
        await using var server = await EditorServer.StartAsync();
        var parser = Fixtures.PostParser;
        parser["content_parsers"]![0]!["name"] = "edited in the editor";

        using var response = await server.Client.PostAsync("export", new StringContent(new JsonObject { ["definition"] = parser.DeepClone(), ["format"] = "png" }.ToJsonString()));
        var png = await response.Content.ReadAsByteArrayAsync();
        var loaded = DefinitionLoader.Load(png, "export.png");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        loaded.Format.ShouldBe(DefinitionFormat.HydrusPng);
        var edited = DefinitionLoader.LoadJson(parser.ToJsonString(), "edited").Definition!;
        JsonNode.DeepEquals(HydrusSerialiser.ToTuple(loaded.Definition!), HydrusSerialiser.ToTuple(edited)).ShouldBeTrue();
        NativeDefinitionWriter.ToJson(loaded.Definition!).ShouldContain("edited in the editor");
    }

    [Fact]
    public async Task An_unknown_format_is_a_400()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.PostAsync("export", new JsonObject { ["definition"] = Fixtures.PostParser, ["format"] = "gif" });

        status.ShouldBe(400);
        answer!["where"]!.GetValue<string>().ShouldBe("/format");
    }
}
