using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Editor.Http;
using HydraEngine.Library;
using HydraEngine.Library.Testing;
using HydraEngine.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// <c>POST /editor/api/load?name=FILE</c> with a PNG, hydrus JSON or native JSON file as the body: <c>{"source","format",
/// "ok","native","hydrus","diagnostics","test_packs"}</c>, every diagnostic with its JSON Pointer and code (into the
/// native JSON, or into the decoded hydrus tuple). The editor also posts its own text here to validate it.
/// <c>GET /editor/api/schema</c>: the native JSON Schema (as <c>hydra schema</c>).
/// </summary>
internal static class LoadEndpoints
{
    public static void Map(IEndpointRouteBuilder api, EditorOptions options, EngineRegistries registries)
    {
        api.MapPost("/load", EditorHttp.Handle(options, async context =>
        {
            var source = context.Request.Query["name"].ToString() is { Length: > 0 } name ? name : "upload";
            var bytes = await EditorHttp.ReadBody(context, Math.Min(options.MaxBodyBytes, DefinitionLoader.MaximumFileBytes));
            if (bytes.Length == 0)
            {
                throw new EditorRequestException(400, "body", "the body is empty; send the PNG or JSON file's bytes.");
            }

            var answer = Describe(DefinitionLoader.Load(bytes, source, registries.Definitions));
            answer[TestPackJson.Key] = TestPackJson.Write(TestPacks(bytes));
            return EditorHttp.Json(answer);
        }));
        api.MapGet("/schema", () => EditorHttp.Json(NativeSchemaGenerator.Generate()));
    }

    private static IReadOnlyList<ParserTest> TestPacks(byte[] bytes)
    {
        try
        {
            return TestPackJson.FromFile(bytes);
        }
        catch (LibraryException exception)
        {
            throw new EditorRequestException(422, "/" + TestPackJson.Key, exception.Message);
        }
    }

    private static JsonObject Describe(DefinitionLoadResult loaded) => new()
    {
        ["source"] = loaded.Source,
        ["format"] = loaded.Format switch
        {
            DefinitionFormat.HydrusPng => "hydrus_png",
            DefinitionFormat.HydrusJson => "hydrus_json",
            DefinitionFormat.NativeJson => "native_json",
            _ => null,
        },
        ["ok"] = loaded.Succeeded,
        ["native"] = loaded.Succeeded ? NativeDefinitionWriter.ToNode(loaded.Definition!) : null,
        ["hydrus"] = loaded.Succeeded ? HydrusSerialiser.ToTuple(loaded.Definition!) : null,
        ["diagnostics"] = DiagnosticsJson.Of(loaded.Diagnostics),
    };
}
