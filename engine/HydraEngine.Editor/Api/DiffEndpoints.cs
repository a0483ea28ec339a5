using System.Text.Json.Nodes;
using HydraEngine.Editor.Http;
using HydraEngine.Parsing.Tracing;
using HydraEngine.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// <c>POST /editor/api/diff {"definition","name","url","pointer","old","new"}</c>: what changed between a saved test
/// document (old) and the current one (new) around the first rule of the content parser at <c>pointer</c> that reaches
/// nothing in the new one (<see cref="DocumentDiffer"/>): <c>{"kind","rule_pointer","rule_label","old_path","new_path",
/// "levels":[{"old","new","changes","siblings_added","siblings_removed"}],"changes"}</c>.
/// </summary>
internal static class DiffEndpoints
{
    public static void Map(IEndpointRouteBuilder api, EditorOptions options, EngineRegistries registries)
    {
        api.MapPost("/diff", EditorHttp.Handle(options, async context =>
        {
            var body = await EditorHttp.ReadObject(context, options.MaxBodyBytes);
            var old = EditorHttp.RequiredString(body, "old", "the saved test document");
            var now = EditorHttp.RequiredString(body, "new", "the current example document");
            var pointer = EditorHttp.RequiredString(body, "pointer", "\"/content_parsers/0\"");
            var definition = DefinitionInput.Load(body, registries.Definitions);
            var parser = DefinitionInput.SelectParser(definition, EditorHttp.Text(body, "name"), EditorHttp.Text(body, "url") ?? "");
            var (formula, at) = FormulaPointer.Resolve(parser, pointer);
            DocumentDiff diff;
            try
            {
                diff = new DocumentDiffer(registries.Formulae).Diff(formula, old, now, at);
            }
            catch (ArgumentException exception)
            {
                throw new EditorRequestException(422, "/pointer", exception.Message);
            }

            return EditorHttp.Json(new JsonObject
            {
                ["kind"] = diff.Kind,
                ["rule_pointer"] = diff.RulePointer,
                ["rule_label"] = diff.RuleLabel,
                ["old_path"] = diff.OldPath,
                ["new_path"] = diff.NewPath,
                ["levels"] = new JsonArray(diff.Levels.Select(level => (JsonNode)new JsonObject
                {
                    ["old"] = level.Old,
                    ["new"] = level.New,
                    ["changes"] = Strings(level.Changes),
                    ["siblings_added"] = Strings(level.SiblingsAdded),
                    ["siblings_removed"] = Strings(level.SiblingsRemoved),
                }).ToArray()),
                ["changes"] = Strings(diff.Summary),
            });
        }));
    }

    internal static JsonArray Strings(IEnumerable<string> values) => new(values.Select(value => (JsonNode)JsonValue.Create(value)).ToArray());
}
