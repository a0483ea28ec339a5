using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Editor.Http;
using HydraEngine.Library;
using HydraEngine.Library.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// The downloader library from the editor. <c>GET /editor/api/library</c>: <c>{"objects":[{"kind","name","type",
/// "version","versions","local_edit"}]}</c>; <c>GET /editor/api/library/object?kind=K&amp;name=N</c>: <c>{"kind","name",
/// "version","native","test_packs","history":[{"version","origin","note","current"}]}</c>; <c>POST /editor/api/library/save
/// {"definition","test_packs"}</c> saves every object it holds as a new version, with the test packs, in one transaction
/// (an import: earlier versions stay in the history).
/// </summary>
internal static class LibraryEndpoints
{
    public static void Map(IEndpointRouteBuilder api, EditorOptions options, EditorLibrary library, DefinitionReadOptions reading)
    {
        api.MapGet("/library", EditorHttp.Handle(options, _ => Task.FromResult(EditorHttp.Json(new JsonObject
        {
            ["objects"] = new JsonArray(library.Use(current => current.List()).Select(item => (JsonNode)new JsonObject
            {
                ["kind"] = LibraryWord(item.Kind),
                ["name"] = item.Name,
                ["type"] = item.TypeName,
                ["version"] = item.CurrentVersion,
                ["versions"] = item.VersionCount,
                ["local_edit"] = item.HasLocalEdit,
            }).ToArray()),
        }))));
        api.MapGet("/library/object", EditorHttp.Handle(options, context => Task.FromResult(Open(context, library))));
        api.MapPost("/library/save", EditorHttp.Handle(options, async context =>
        {
            var body = await EditorHttp.ReadObject(context, options.MaxBodyBytes);
            var definition = DefinitionInput.Load(body, reading);
            var loaded = new DefinitionLoadResult("editor", DefinitionFormat.NativeJson, definition, [], []);
            var tests = TestPackInput.Read(body);
            return EditorHttp.Json(library.Use(current => LibrarySave.Save(current, loaded, tests)));
        }));
    }

    private static IResult Open(HttpContext context, EditorLibrary library)
    {
        var name = context.Request.Query["name"].ToString();
        if (name.Length == 0)
        {
            throw new EditorRequestException(400, "name", "say which object: /editor/api/library/object?name=NAME (and kind=parser|url_class|gug|… when names repeat).");
        }

        var kind = LibraryKindWord(context.Request.Query["kind"].ToString());
        try
        {
            return EditorHttp.Json(library.Use(current =>
            {
                var found = current.Get(name, kind);
                return new JsonObject
                {
                    ["kind"] = LibraryWord(found.Kind),
                    ["name"] = found.Name,
                    ["version"] = found.Version,
                    ["native"] = NativeDefinitionWriter.ToNode(found.Definition),
                    [TestPackJson.Key] = TestPackJson.Write(found.Kind == LibraryKind.Parser ? current.Tests(found.Name) : []),
                    ["history"] = new JsonArray(current.History(name, found.Kind).Select(version => (JsonNode)new JsonObject
                    {
                        ["version"] = version.Version,
                        ["origin"] = version.Origin.ToString(),
                        ["note"] = version.Note,
                        ["current"] = version.IsCurrent,
                    }).ToArray()),
                };
            }));
        }
        catch (LibraryException exception)
        {
            throw new EditorRequestException(404, "name", exception.Message);
        }
    }

    internal static string LibraryWord(LibraryKind kind) => LibraryKinds.Word(kind);

    private static LibraryKind? LibraryKindWord(string word) =>
        word.Length == 0 ? null
        : LibraryKinds.Parse(word) ?? throw new EditorRequestException(400, "kind", $"'{word}' is not a library kind; kinds: {string.Join(", ", LibraryKinds.All.Select(LibraryWord))}.");
}
