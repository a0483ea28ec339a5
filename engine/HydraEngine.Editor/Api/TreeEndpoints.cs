using System.Text.Json.Nodes;
using HydraEngine.Definitions.Native;
using HydraEngine.Editor.Http;
using HydraEngine.Parsing.Tracing;
using HydraEngine.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// The rendered document tree. <c>POST /editor/api/tree {"document"}</c>: <c>{"kind":"html"|"json","truncated","root":
/// {"label","text","path","children"}}</c> (a path is child element indices from the root element, or JSON keys and
/// indices). <c>POST /editor/api/chain {"document","path"}</c>: the rule chains that reach that node, each run by the
/// engine: <c>{"chains":[{"formula","description","yields","count"}]}</c>.
/// </summary>
internal static class TreeEndpoints
{
    public static void Map(IEndpointRouteBuilder api, EditorOptions options, EngineRegistries registries)
    {
        api.MapPost("/tree", EditorHttp.Handle(options, async context =>
        {
            var body = await EditorHttp.ReadObject(context, options.MaxBodyBytes);
            var (kind, root, truncated) = DocumentTree.Build(EditorHttp.RequiredString(body, "document", "the page's HTML or JSON"));
            return EditorHttp.Json(new JsonObject { ["kind"] = kind, ["truncated"] = truncated, ["root"] = Node(root) });
        }));
        api.MapPost("/chain", EditorHttp.Handle(options, async context =>
        {
            var body = await EditorHttp.ReadObject(context, options.MaxBodyBytes);
            var document = EditorHttp.RequiredString(body, "document", "the page's HTML or JSON");
            IReadOnlyList<ProposedChain> chains;
            try
            {
                chains = new NodeChains(registries.Formulae).Propose(document, Path(EditorHttp.Required(body, "path", "the node's path from /tree")));
            }
            catch (ArgumentException exception)
            {
                throw new EditorRequestException(422, "/path", exception.Message);
            }

            return EditorHttp.Json(new JsonObject
            {
                ["chains"] = new JsonArray(chains.Select(chain => (JsonNode)new JsonObject
                {
                    ["formula"] = NativeDefinitionWriter.ToNode(chain.Formula),
                    ["description"] = chain.Description,
                    ["yields"] = DiffEndpoints.Strings(chain.Yields),
                    ["count"] = chain.Count,
                }).ToArray()),
            });
        }));
    }

    private static JsonObject Node(TreeNode node) => new()
    {
        ["label"] = node.Label,
        ["text"] = node.Text,
        ["path"] = new JsonArray(node.Path.Select(step => step.Key is { } key ? JsonValue.Create(key) : (JsonNode)JsonValue.Create(step.Index!.Value)).ToArray()),
        ["children"] = new JsonArray(node.Children.Select(child => (JsonNode)Node(child)).ToArray()),
    };

    private static List<JsonStep> Path(JsonNode node)
    {
        if (node is not JsonArray steps)
        {
            throw new EditorRequestException(400, "/path", "\"path\" must be a list of keys (strings) and indices (numbers), as /tree gives it.");
        }

        return steps.Select((step, i) => step switch
        {
            JsonValue value when value.TryGetValue<string>(out var key) => new JsonStep(key, null),
            JsonValue value when value.TryGetValue<int>(out var index) => new JsonStep(null, index),
            _ => throw new EditorRequestException(400, $"/path/{i}", "each step of \"path\" must be a key (string) or an index (number)."),
        }).ToList();
    }
}
