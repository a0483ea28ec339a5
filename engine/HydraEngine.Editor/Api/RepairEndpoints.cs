using System.Text.Json.Nodes;
using HydraEngine.Definitions.Native;
using HydraEngine.Editor.Http;
using HydraEngine.Parsing.Tracing;
using HydraEngine.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// Repair help. <c>POST /editor/api/suggest {"document","values":[…]}</c>: HTML or JSON formulae that reach the values in the
/// document (e.g. what a test's expected results held before the site changed), each run and ranked:
/// <c>{"suggestions":[{"formula": native html_formula or json_formula, "found","wanted","extra"}]}</c>.
/// </summary>
internal static class RepairEndpoints
{
    public static void Map(IEndpointRouteBuilder api, EditorOptions options, EngineRegistries registries)
    {
        api.MapPost("/suggest", EditorHttp.Handle(options, async context =>
        {
            var body = await EditorHttp.ReadObject(context, options.MaxBodyBytes);
            var document = EditorHttp.RequiredString(body, "document", "the page's HTML");
            if (EditorHttp.Required(body, "values", "the values the rules should reach") is not JsonArray values || values.Any(value => value?.GetValueKind() != System.Text.Json.JsonValueKind.String))
            {
                throw new EditorRequestException(400, "/values", "\"values\" must be a list of strings.");
            }

            var suggestions = new RuleSuggester(registries.Formulae).Suggest(document, values.Select(value => (string)value!).ToList());
            return EditorHttp.Json(new JsonObject
            {
                ["suggestions"] = new JsonArray(suggestions.Select(suggestion => (JsonNode)new JsonObject
                {
                    ["formula"] = NativeDefinitionWriter.ToNode(suggestion.Formula),
                    ["found"] = suggestion.Found,
                    ["wanted"] = suggestion.Wanted,
                    ["extra"] = suggestion.Extra,
                }).ToArray()),
            });
        }));
    }
}
