using System.Text;
using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Networking;

/// <summary>
/// v1 stored the data of domain (2) and subscription (5) contexts hex-encoded; v2 stores the text.
/// (Hydrus leaves the decoded bytes; they are decoded here as strict UTF-8.)
/// </summary>
internal sealed class NetworkContextV1ToV2 : IUpgradeStep
{
    private const int DomainContext = 2;
    private const int SubscriptionContext = 5;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public int TypeId => UpgradeTypeCatalog.NetworkContext;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 2, "the info (context type, context data)");
        var holdsText = PythonValues.EqualsInteger(fields[0], DomainContext) || PythonValues.EqualsInteger(fields[0], SubscriptionContext);
        if (holdsText && fields[1] is not null)
        {
            var hex = UpgradeJson.Text(fields[1], "the context data");
            fields[1] = StrictUtf8.GetString(Convert.FromHexString(RemoveAsciiWhitespace(hex)));
        }

        return fields;
    }

    /// <summary>Python's <c>bytes.fromhex</c> skips ASCII whitespace between the hex pairs.</summary>
    private static string RemoveAsciiWhitespace(string hex) =>
        hex.AsSpan().IndexOfAny(" \t\n\r\v\f") < 0
            ? hex
            : string.Concat(hex.Where(character => character is not (' ' or '\t' or '\n' or '\r' or '\v' or '\f')));
}
