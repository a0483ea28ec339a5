using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Editor.Http;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// The <c>"definition"</c> of an editor request: a hydrus serialisable tuple (an array) or a native JSON object, loaded
/// as <c>hydra</c> loads a file; a definition that does not load is refused (422) with every diagnostic at its pointer.
/// </summary>
internal static class DefinitionInput
{
    public static Definition Load(JsonObject body, DefinitionReadOptions reading)
    {
        var node = EditorHttp.Required(body, "definition", "a hydrus serialisable tuple [type, name, version, info] or a native JSON object");
        if (node is not (JsonArray or JsonObject))
        {
            throw new EditorRequestException(400, "/definition", "\"definition\" must be a hydrus tuple (a JSON array) or a native JSON object.");
        }

        var loaded = DefinitionLoader.LoadJson(node.ToJsonString(), "definition", reading);
        if (!loaded.Succeeded)
        {
            var first = loaded.Errors.FirstOrDefault();
            throw new EditorRequestException(422, "/definition" + first?.Path, $"the definition does not load: {first?.Message ?? "it holds nothing"}", DiagnosticsJson.Of(loaded.Diagnostics, "/definition"));
        }

        return loaded.Definition!;
    }

    /// <summary>Every object of a definition (a bundle's items, or the one object).</summary>
    public static IReadOnlyList<Definition> Items(Definition definition) => definition is DefinitionList list ? list.Items : [definition];

    /// <summary>
    /// The page parser to run, as <c>hydra parse</c> picks it: by <paramref name="name"/>; else the only one; else, in a
    /// bundle, the one its URL classes link to <paramref name="url"/>.
    /// </summary>
    public static PageParser SelectParser(Definition definition, string? name, string url)
    {
        var parsers = Items(definition).OfType<PageParser>().ToList();
        if (name is not null)
        {
            return parsers.FirstOrDefault(parser => parser.Name == name)
                ?? throw new EditorRequestException(422, "/name", $"the definition holds no page parser named \"{name}\"; it holds {Names(parsers)}.");
        }

        if (parsers.Count == 1)
        {
            return parsers[0];
        }

        if (parsers.Count > 1 && LinkedParser.For(Items(definition), url) is { } linked)
        {
            return linked;
        }

        throw parsers.Count == 0
            ? new EditorRequestException(422, "/definition", "the definition holds no page parser.")
            : new EditorRequestException(422, "/name", $"the definition holds {parsers.Count} page parsers and none is linked to the url; pick one with \"name\": {Names(parsers)}.");
    }

    private static string Names(IEnumerable<PageParser> parsers) => string.Join(", ", parsers.Select(parser => $"\"{parser.Name}\""));
}
