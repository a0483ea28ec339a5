using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Library.Testing;

/// <summary>
/// Test packs as JSON: <c>[{"parser","url","document","expected"}]</c>, the value of a native JSON bundle's top-level
/// <c>"test_packs"</c> (beside <c>"kind"</c>) and of the library's stored packs.
/// </summary>
public static class TestPackJson
{
    public const string Key = HydraEngine.Definitions.Native.NativeDefinitionWriter.TestPacksKey;

    public static JsonArray Write(IEnumerable<ParserTest> tests) => new(tests.Select(test => (JsonNode)new JsonObject
    {
        ["parser"] = test.Parser,
        ["url"] = test.Url,
        ["document"] = test.Document,
        ["expected"] = test.Expected.DeepClone(),
    }).ToArray());

    /// <summary>The tests of a JSON array; throws <see cref="LibraryException"/> naming the first bad entry by JSON Pointer.</summary>
    public static IReadOnlyList<ParserTest> Read(JsonNode? node, string pointer = "/" + Key)
    {
        if (node is not JsonArray array)
        {
            throw new LibraryException($"{pointer}: a test pack is a list of {{\"parser\", \"url\", \"document\", \"expected\"}}.");
        }

        return array.Select((item, i) => Test(item, $"{pointer}/{i}")).ToList();
    }

    /// <summary>The tests a native JSON file carries at its top level (none for PNGs, hydrus JSON or bundles without them).</summary>
    public static IReadOnlyList<ParserTest> FromFile(byte[] bytes)
    {
        if (bytes.Length == 0 || bytes[0] != (byte)'{')
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(bytes) is JsonObject root && root[Key] is { } packs ? Read(packs) : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static ParserTest Test(JsonNode? item, string pointer)
    {
        if (item is not JsonObject test)
        {
            throw new LibraryException($"{pointer}: expected an object {{\"parser\", \"url\", \"document\", \"expected\"}}.");
        }

        return new ParserTest(Text(test, "parser", pointer), Text(test, "url", pointer), Text(test, "document", pointer),
            test["expected"] as JsonObject ?? throw new LibraryException($"{pointer}/expected: the expected result (as hydra parse --json prints it) is required."));
    }

    private static string Text(JsonObject test, string field, string pointer) =>
        test[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw new LibraryException($"{pointer}/{field}: a string is required.");
}
