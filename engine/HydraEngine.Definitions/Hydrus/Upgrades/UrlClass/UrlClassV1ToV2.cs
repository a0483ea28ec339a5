using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>v2 adds a new random key in front and an API lookup converter (empty, example = the
/// example url) before the example url.</summary>
internal sealed class UrlClassV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 8, "the info (url type, scheme, netloc, match subdomains, keep subdomains, path components, parameters, example url)");
        var exampleUrl = fields[7]?.DeepClone();
        fields.Insert(7, DefaultTuples.EmptyConverter(exampleUrl));
        fields.Insert(0, context.NewKeyHex());
        return fields;
    }
}
