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

    private JsonDocumentResult(PyValue? root, string? error, string? rootDump = null)
    {
        Root = root;
        Error = error;
        RootDump = rootDump;
    }

    public PyValue? Root { get; }

    /// <summary>The text when it is this engine's own dump of <see cref="Root"/> (dumping the root again gives it), else null.</summary>
    public string? RootDump { get; }

    public string? Error { get; }

    public static void Remember(string dumped, PyValue value) => DumpedValues.AddOrUpdate(dumped, value);

    /// <summary>
    /// The JSON dump of <paramref name="node"/>, remembered: the document's own text when the node is its root and the
    /// text is our dump of it (a split's post that its own parser dumps again, as hydrus's nested API parsers do).
    /// </summary>
    public string Dump(PyValue node)
    {
        if (RootDump is { } known && ReferenceEquals(node, Root))
        {
            return known;
        }

        var dumped = PyText.Dumps(node);
        Remember(dumped, node);
        return dumped;
    }

    public static JsonDocumentResult Parse(string text)
    {
        if (DumpedValues.TryGetValue(text, out var known))
        {
            return new JsonDocumentResult(known, null, text);
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
