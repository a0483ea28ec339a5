using System.Text.Json.Nodes;
using HydraEngine.Editor.Http;
using HydraEngine.Library.Testing;
using HydraEngine.Model.Parsing;
using HydraEngine.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// <c>POST /editor/api/tests {"definition","test_packs"}</c>: runs the test packs against the edited definition's
/// parsers: <c>{"results":[{"parser","url","passed","problem","actual"}],"passed","failed"}</c>.
/// </summary>
internal static class TestEndpoints
{
    public static void Map(IEndpointRouteBuilder api, EditorOptions options, EngineRegistries registries)
    {
        api.MapPost("/tests", EditorHttp.Handle(options, async context =>
        {
            var body = await EditorHttp.ReadObject(context, options.MaxBodyBytes);
            var parsers = DefinitionInput.Items(DefinitionInput.Load(body, registries.Definitions)).OfType<PageParser>().ToList();
            var results = new ParserTestRunner(registries.Formulae).Run(TestPackInput.Read(body), name => parsers.FirstOrDefault(parser => parser.Name == name));
            return EditorHttp.Json(new JsonObject
            {
                ["results"] = TestPackInput.Results(results),
                ["passed"] = results.Count(result => result.Passed),
                ["failed"] = results.Count(result => !result.Passed),
            });
        }));
    }
}
