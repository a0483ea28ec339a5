using System.Text.Json.Nodes;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Content.Types;

namespace HydraEngine.Parsing.Pages;

/// <summary>
/// The JSON form of a parse result (what <c>hydra parse --json</c> prints): <c>{"parser","url","posts":[{"contents":[…]}],"error"}</c>, each content with
/// content_type, name, value and its type's fields. Other tools read this: keep the field names.
/// </summary>
public static class ParseResultJson
{
    public static JsonObject Build(string parserName, string url, PageParseResult result) => new()
    {
        ["parser"] = parserName,
        ["url"] = url,
        ["posts"] = new JsonArray(result.Posts.Select(post => (JsonNode)new JsonObject
        {
            ["contents"] = new JsonArray(post.Contents.Select(Content).ToArray()),
        }).ToArray()),
        ["error"] = result.Failure is { } failure ? Describe(failure) : null,
    };

    public static string Describe(ParseFailure failure) =>
        failure.IsVeto ? failure.Message : $"{failure.Message} (at {(failure.Pointer.Length == 0 ? "/" : failure.Pointer)})";

    private static JsonNode Content(ParsedContent content)
    {
        var type = ContentTypes.Default.For(content.Kind);
        var node = new JsonObject { ["content_type"] = type.JsonWord, ["name"] = content.Name, ["value"] = content.Value };
        type.WriteJson(content.Kind, node);
        return node;
    }
}
