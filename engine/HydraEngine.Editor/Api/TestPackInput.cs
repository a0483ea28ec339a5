using System.Text.Json.Nodes;
using HydraEngine.Editor.Http;
using HydraEngine.Library;
using HydraEngine.Library.Testing;

namespace HydraEngine.Editor.Api;

/// <summary>The <c>"test_packs"</c> of an editor request (<see cref="TestPackJson"/>); a bad entry is a 400 naming it.</summary>
internal static class TestPackInput
{
    public static IReadOnlyList<ParserTest> Read(JsonObject body)
    {
        if (body[TestPackJson.Key] is not { } node)
        {
            return [];
        }

        try
        {
            return TestPackJson.Read(node);
        }
        catch (LibraryException exception)
        {
            throw new EditorRequestException(400, "/" + TestPackJson.Key, exception.Message);
        }
    }

    public static JsonArray Results(IEnumerable<ParserTestResult> results) => new(results.Select(result => (JsonNode)new JsonObject
    {
        ["parser"] = result.Test.Parser,
        ["url"] = result.Test.Url,
        ["passed"] = result.Passed,
        ["problem"] = result.Problem,
        ["actual"] = result.Actual?.DeepClone(),
    }).ToArray());
}
