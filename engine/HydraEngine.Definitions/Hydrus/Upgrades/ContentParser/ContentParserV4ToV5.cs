using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.ContentParser;

/// <summary>
/// Hash parsers whose additional info is not an array held just the hash type; v5 adds the encoding:
/// "base64" when hydrus finds the text <c>"base64"</c> (with the quotes) in the <c>json.dumps</c> of the
/// stored formula tuple, else "hex".
/// </summary>
internal sealed class ContentParserV4ToV5 : IUpgradeStep
{
    private const string Base64 = "base64";
    private const string QuotedBase64Tail = "\"base64";

    public int TypeId => HydrusTypes.ContentParser;

    public int FromVersion => 4;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 6, "the info (name, content type, formula, sort type, sort ascending, additional info)");
        if (PythonValues.EqualsInteger(fields[1], ContentTypes.Hash) && fields[5] is not JsonArray)
        {
            var hashType = UpgradeJson.Take(fields, 5);
            fields[5] = new JsonArray(hashType, DumpContainsQuotedBase64(fields[2]) ? Base64 : "hex");
        }

        return fields;
    }

    /// <summary>
    /// Whether Python's <c>json.dumps(node)</c> contains <c>"base64"</c>. In that text a quote is either a
    /// string delimiter or an escaped <c>\"</c>, so the six letters sit between two quotes exactly when a
    /// string (value or key) is "base64" or ends with <c>"base64</c>.
    /// </summary>
    private static bool DumpContainsQuotedBase64(JsonNode? node) => node switch
    {
        JsonArray array => array.Any(DumpContainsQuotedBase64),
        JsonObject obj => obj.Any(property => IsQuotedBase64(property.Key) || DumpContainsQuotedBase64(property.Value)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => IsQuotedBase64(value.GetValue<string>()),
        _ => false,
    };

    private static bool IsQuotedBase64(string text) =>
        text == Base64 || text.EndsWith(QuotedBase64Tail, StringComparison.Ordinal);
}
