using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Editor.Http;

/// <summary>Reading editor requests (bounded bodies, JSON objects, required fields) and writing its answers and errors.</summary>
internal static class EditorHttp
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = false };

    /// <summary>
    /// Runs <paramref name="work"/> for a peer <see cref="EditorAccess"/> admits; a refused request becomes
    /// <c>{"error","where"}</c> with its 4xx status.
    /// </summary>
    public static RequestDelegate Handle(EditorOptions options, Func<HttpContext, Task<IResult>> work) => async context =>
    {
        IResult result;
        try
        {
            result = EditorAccess.Refusal(context, options) is { } refusal ? Error(403, "peer", refusal) : await work(context).ConfigureAwait(false);
        }
        catch (EditorRequestException refused)
        {
            result = Error(refused.Status, refused.Where, refused.Message, refused.Diagnostics);
        }

        await result.ExecuteAsync(context).ConfigureAwait(false);
    };

    public static IResult Error(int status, string where, string message, JsonArray? diagnostics = null)
    {
        var body = new JsonObject { ["error"] = message, ["where"] = where };
        if (diagnostics is not null)
        {
            body["diagnostics"] = diagnostics;
        }

        return Results.Json(body, Indented, statusCode: status);
    }

    public static IResult Json(JsonNode node) => Results.Text(node.ToJsonString(), "application/json; charset=utf-8");

    public static async Task<byte[]> ReadBody(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            throw new EditorRequestException(413, "body", $"the request body is {context.Request.ContentLength} bytes; the editor reads at most {limit}.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new EditorRequestException(413, "body", $"the request body is larger than the {limit} bytes the editor reads.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static async Task<JsonObject> ReadObject(HttpContext context, long limit)
    {
        var body = await ReadBody(context, limit).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) as JsonObject
                ?? throw new EditorRequestException(400, "", "the body must be a JSON object, like {\"definition\": …, \"url\": …, \"document\": …}.");
        }
        catch (JsonException exception)
        {
            throw new EditorRequestException(400, "", $"the body is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}): {exception.Message}");
        }
    }

    /// <summary>The string at <paramref name="field"/>, or a 400 naming it.</summary>
    public static string RequiredString(JsonObject body, string field, string example)
    {
        return Text(body, field) ?? throw new EditorRequestException(400, "/" + field, $"\"{field}\" is required: a string, like {example}.");
    }

    /// <summary>The string at <paramref name="field"/>, null when absent; a 400 when it is not a string.</summary>
    public static string? Text(JsonObject body, string field)
    {
        var node = body[field];
        if (node is null)
        {
            return null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new EditorRequestException(400, "/" + field, $"\"{field}\" must be a string, found {node.GetValueKind().ToString().ToLowerInvariant()}.");
    }

    public static JsonNode Required(JsonObject body, string field, string what) =>
        body[field] ?? throw new EditorRequestException(400, "/" + field, $"\"{field}\" is required: {what}.");
}
