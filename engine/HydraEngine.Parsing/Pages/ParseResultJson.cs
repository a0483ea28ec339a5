using System.Globalization;
using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Content;

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
        var node = new JsonObject { ["content_type"] = TypeWord(content.Kind), ["name"] = content.Name, ["value"] = content.Value };
        switch (content.Kind)
        {
            case UrlsContent urls:
                node["url_type"] = urls.UrlType switch
                {
                    UrlContentType.Desired => "desired",
                    UrlContentType.Source => "source",
                    UrlContentType.NextGalleryPage => "next",
                    _ => "sub_gallery",
                };
                node["priority"] = urls.Priority;
                break;
            case TagsContent tags:
                node["namespace"] = tags.Namespace ?? "";
                break;
            case NotesContent notes:
                node["note_name"] = notes.NoteName;
                break;
            case HashContent hash:
                node["hash_type"] = hash.HashType;
                node["hash_encoding"] = hash.Encoding;
                break;
            case TimestampContent timestamp:
                node["timestamp_type"] = timestamp.TimestampType;
                break;
            case TitleContent title:
                node["priority"] = title.Priority;
                break;
            case VariableContent variable:
                node["variable_name"] = variable.VariableName;
                break;
            case HttpHeadersContent header:
                node["header_name"] = header.HeaderName;
                break;
        }

        return node;
    }

    private static string TypeWord(ContentKind kind) => kind switch
    {
        UrlsContent => "urls",
        TagsContent => "tags",
        NotesContent => "notes",
        HashContent => "hash",
        TimestampContent => "timestamp",
        TitleContent => "title",
        VetoContent => "veto",
        VariableContent => "variable",
        HttpHeadersContent => "http_headers",
        _ => kind.GetType().Name.ToLower(CultureInfo.InvariantCulture),
    };
}
