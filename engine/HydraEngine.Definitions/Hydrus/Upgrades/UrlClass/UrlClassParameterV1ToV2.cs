using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>
/// v1 <c>(name, value_match, default)</c> becomes <c>(name, value_match, is_ephemeral = false, default,
/// default_value_processor)</c>. Hydrus writes an empty <em>String Converter</em> (example "example
/// string") as the processor here, not a String Processor; this is reproduced, and a converter in that
/// slot means "no processing".
/// </summary>
internal sealed class UrlClassParameterV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.UrlClassParameter;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 3, "the info (name, value match, default value)");
        fields.Insert(2, false);
        fields.Add(DefaultTuples.EmptyConverter(DefaultTuples.DefaultExampleString));
        return fields;
    }
}
