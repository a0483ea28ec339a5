using System.Text.Json;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>Parses JSON text into a lazy <see cref="PyValue"/> view over a <see cref="JsonDocument"/>.</summary>
internal static class PyJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 512 };

    /// <summary>Throws <see cref="JsonException"/> for invalid JSON. The document stays alive through the views.</summary>
    public static PyValue Parse(string text)
    {
        try
        {
            return PyValue.Of(JsonDocument.Parse(text, Options).RootElement);
        }
        catch (JsonException) when (PythonJsonConstants.Rewrite(text) is { } rewritten)
        {
            // Python's json.loads also takes NaN, Infinity and -Infinity; System.Text.Json does not
            try
            {
                return PyValue.Of(JsonDocument.Parse(rewritten, Options).RootElement);
            }
            catch (JsonException)
            {
                // the text has other faults too: report the first, on the original text
            }

            throw;
        }
    }
}
