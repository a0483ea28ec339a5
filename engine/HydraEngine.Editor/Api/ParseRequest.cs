using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Editor.Http;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// A parse or trace request, <c>{"definition", "name", "url", "document"}</c>, checked as <c>hydra parse</c> checks its
/// arguments: the URL absolute http(s), the document a string, the parser found in the definition.
/// </summary>
internal sealed record ParseRequest(PageParser Parser, string Url, string Document)
{
    public static ParseRequest Read(JsonObject body, DefinitionReadOptions reading)
    {
        var url = EditorHttp.RequiredString(body, "url", "\"https://example.com/post/1\"");
        if (!IsPageUrl(url))
        {
            throw new EditorRequestException(400, "/url", $"\"url\" must be an absolute http or https URL, like https://example.com/post/1 (got '{url}'); relative URLs in the document are resolved against it.");
        }

        var document = EditorHttp.RequiredString(body, "document", "the saved page's HTML, JSON or XML text");
        var definition = DefinitionInput.Load(body, reading);
        return new ParseRequest(DefinitionInput.SelectParser(definition, EditorHttp.Text(body, "name"), url), url, document);
    }

    public static bool IsPageUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && parsed.Host.Length > 0;
}
