using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>
/// v9 gathers the flags into one array after the netloc:
/// <c>[match_subdomains, keep_matched_subdomains, alphabetise, can_produce_multiple_files,
/// should_be_associated_with_files, keep_fragment = false]</c>.
/// </summary>
internal sealed class UrlClassV8ToV9 : IUpgradeStep
{
    private const int MatchSubdomains = 4;
    private const int KeepMatchedSubdomains = 5;
    private const int Alphabetise = 6;
    private const int CanProduceMultipleFiles = 12;
    private const int ShouldBeAssociatedWithFiles = 13;

    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 8;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 18, "the URL class v8 info");
        var booleans = new JsonArray(
            UpgradeJson.Take(fields, MatchSubdomains),
            UpgradeJson.Take(fields, KeepMatchedSubdomains),
            UpgradeJson.Take(fields, Alphabetise),
            UpgradeJson.Take(fields, CanProduceMultipleFiles),
            UpgradeJson.Take(fields, ShouldBeAssociatedWithFiles),
            false);

        fields.RemoveAt(ShouldBeAssociatedWithFiles);
        fields.RemoveAt(CanProduceMultipleFiles);
        fields.RemoveAt(Alphabetise);
        fields.RemoveAt(KeepMatchedSubdomains);
        fields[MatchSubdomains] = booleans;
        return fields;
    }
}
