using System.Runtime.CompilerServices;
using System.Text.Json;
using HydraEngine.Parsing.Formulae.Json;

namespace HydraEngine.Parsing.Documents;

/// <summary>The JSON form of a document (as Python values), or why it is not JSON.</summary>
internal sealed class JsonDocumentResult
{
    /// <summary>
    /// Texts this engine produced by dumping a value (JSON content of a formula, e.g. one post of a subsidiary
    /// split), mapped to that value: parsing such a text again would give the same value, so it is reused.
    /// </summary>
    private static readonly ConditionalWeakTable<string, PyValue> DumpedValues = new();

    private JsonDocumentResult(PyValue? root, string? error)
    {
        Root = root;
        Error = error;
    }

    public PyValue? Root { get; }

    public string? Error { get; }

    public static void Remember(string dumped, PyValue value) => DumpedValues.AddOrUpdate(dumped, value);

    public static JsonDocumentResult Parse(string text)
    {
        if (DumpedValues.TryGetValue(text, out var known))
        {
            return new JsonDocumentResult(known, null);
        }

        try
        {
            return new JsonDocumentResult(PyJsonReader.Parse(text), null);
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
