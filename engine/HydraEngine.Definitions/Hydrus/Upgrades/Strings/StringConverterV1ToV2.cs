using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Strings;

/// <summary>
/// Converter v1 named encodings with legacy strings; v2 uses the encoding enum. A <em>decode</em> of
/// "hex" or "base64" was a no-op in v1 and is deleted. Like hydrus, the first conversion it cannot
/// read (unknown legacy name, not a <c>[type, data]</c> pair) ends the loop: the conversions read so
/// far are kept and the rest are dropped.
/// </summary>
internal sealed class StringConverterV1ToV2 : IUpgradeStep
{
    private const int Encode = 4;
    private const int Decode = 5;

    private static readonly Dictionary<string, int> LegacyEncodings = new(StringComparer.Ordinal)
    {
        ["url percent encoding"] = 0,
        ["unicode escape characters"] = 1,
        ["html entities"] = 2,
        ["hex"] = 3,
        ["base64"] = 4,
    };

    public int TypeId => HydrusTypes.StringConverter;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 2, "the info (conversions, example string)");
        var stored = UpgradeJson.Take(fields, 0) as JsonArray;
        var converted = new JsonArray();
        foreach (var conversion in stored is null ? [] : UpgradeJson.TakeAll(stored))
        {
            if (conversion is not JsonArray { Count: 2 } pair || !TryConvert(pair, out var skip))
            {
                break;
            }

            if (!skip)
            {
                converted.Add(pair);
            }
        }

        fields[0] = converted;
        return fields;
    }

    /// <summary>Rewrites an encode/decode pair in place; false when hydrus's loop would stop here.</summary>
    private static bool TryConvert(JsonArray pair, out bool skip)
    {
        skip = false;
        var isEncode = PythonValues.EqualsInteger(pair[0], Encode);
        var isDecode = PythonValues.EqualsInteger(pair[0], Decode);
        if (!isEncode && !isDecode)
        {
            return true;
        }

        var legacyName = pair[1] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        if (isDecode && legacyName is "hex" or "base64")
        {
            skip = true;
            return true;
        }

        if (legacyName is null || !LegacyEncodings.TryGetValue(legacyName, out var encoding))
        {
            return false;
        }

        pair[1] = encoding;
        return true;
    }
}
