using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Editor.Http;
using HydraEngine.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// <c>POST /editor/api/export {"definition","format":"png"|"json","title"}</c>: a hydrus PNG (with its title band,
/// <see cref="HydrusSerialiser.ToPng"/>) that hydrus imports, or the native JSON with the request's <c>"test_packs"</c> at its top level.
/// </summary>
internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder api, EditorOptions options, EngineRegistries registries)
    {
        api.MapPost("/export", EditorHttp.Handle(options, async context =>
        {
            var body = await EditorHttp.ReadObject(context, options.MaxBodyBytes);
            var definition = DefinitionInput.Load(body, registries.Definitions);
            var format = EditorHttp.Text(body, "format") ?? "png";
            var name = FileName(EditorHttp.Text(body, "title") ?? DefinitionDescriptions.TitleOf(definition));
            return format switch
            {
                "png" => Results.File(HydrusSerialiser.ToPng(definition, EditorHttp.Text(body, "title")), "image/png", name + ".png"),
                "json" => Results.File(System.Text.Encoding.UTF8.GetBytes(NativeDefinitionWriter.ToJson(Native(definition, body))), "application/json", name + ".json"),
                _ => throw new EditorRequestException(400, "/format", $"\"format\" is png or json, not '{format}'."),
            };
        }));
    }

    private static JsonObject Native(HydraEngine.Model.Common.Definition definition, JsonObject body)
    {
        var node = NativeDefinitionWriter.ToNode(definition);
        if (TestPackInput.Read(body) is { Count: > 0 } tests)
        {
            node[NativeDefinitionWriter.TestPacksKey] = HydraEngine.Library.Testing.TestPackJson.Write(tests);
        }

        return node;
    }

    private static string FileName(string title) =>
        string.Concat(title.Select(character => char.IsLetterOrDigit(character) || character is ' ' or '-' or '_' or '.' or '(' or ')' ? character : '_')).Trim();
}
