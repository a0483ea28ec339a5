using System.Text.Json;
using HydraEngine.Parsing.Formulae.Json;

namespace HydraEngine.Parsing.Documents;

/// <summary>The JSON form of a document (as Python values), or why it is not JSON.</summary>
internal sealed class JsonDocumentResult
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 512 };

    private JsonDocumentResult(PyValue? root, string? error)
    {
        Root = root;
        Error = error;
    }

    public PyValue? Root { get; }

    public string? Error { get; }

    public static JsonDocumentResult Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            return new JsonDocumentResult(PyJsonReader.Convert(document.RootElement), null);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            var looksHtml = text.AsSpan().TrimStart().StartsWith("<");
            return new JsonDocumentResult(null, looksHtml
                ? "Unable to parse: Appeared to receive HTML instead of JSON."
                : $"Unable to parse that JSON: {exception.Message}");
        }
    }
}
