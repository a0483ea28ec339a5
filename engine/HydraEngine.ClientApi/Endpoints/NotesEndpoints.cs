using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary><c>/add_notes/set_notes</c>: sets named notes on one file (<c>hash</c> or <c>file_id</c>) and answers them.</summary>
internal sealed class SetNotesEndpoint : IApiEndpoint
{
    public string Path => "/add_notes/set_notes";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddNotes);

    public Task HandleAsync(ApiRequest request)
    {
        var notes = request.Args.OptionalObject("notes") ?? throw ApiArguments.Missing("notes");
        var texts = notes.Select(note => (note.Key, note.Value is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw ApiException.BadParameter("notes", $"should map names to texts ('{note.Key}' is not a string)"))).ToList();
        request.Api.Store.Use(store =>
        {
            var hash = SingleFile.Of(request.Args, store);
            foreach (var (name, text) in texts)
            {
                store.SetNote(hash, name, text);
            }
        });
        return ApiResponses.WriteAsync(request, new JsonObject { ["notes"] = notes.DeepClone() });
    }
}

/// <summary><c>/add_notes/delete_notes</c>: removes notes by name from one file.</summary>
internal sealed class DeleteNotesEndpoint : IApiEndpoint
{
    public string Path => "/add_notes/delete_notes";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddNotes);

    public Task HandleAsync(ApiRequest request)
    {
        var names = request.Args.OptionalStringList("note_names") ?? throw ApiArguments.Missing("note_names");
        request.Api.Store.Use(store =>
        {
            var hash = SingleFile.Of(request.Args, store);
            foreach (var name in names)
            {
                store.RemoveNote(hash, name);
            }
        });
        request.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }
}
