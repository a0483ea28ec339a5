using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>
/// v14 adds <c>keep_extra_parameters_for_server</c> after <c>no_more_parameters_than_this</c> (8 flags
/// become 9): true unless no more parameters are allowed, the API lookup converter makes changes, or
/// the class is neither a gallery nor a watchable url.
/// </summary>
internal sealed class UrlClassV13ToV14 : IUpgradeStep
{
    private const int UrlTypeField = 1;
    private const int BooleansField = 4;
    private const int ApiLookupConverterField = 10;
    private const int NoMoreParameters = 4;

    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 13;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 17, "the URL class v13 info");
        var booleans = UpgradeJson.Array(fields[BooleansField], 8, "the flags");

        var apiConverter = UpgradeJson.RequireType(
            context.UpgradeChild(UpgradeJson.Take(fields, ApiLookupConverterField)), HydrusTypes.StringConverter, "the API lookup converter");
        fields[ApiLookupConverterField] = apiConverter;

        var urlType = fields[UrlTypeField];
        var isGalleryOrWatchable = PythonValues.EqualsInteger(urlType, UrlTypes.Gallery) || PythonValues.EqualsInteger(urlType, UrlTypes.Watchable);
        var keepExtraParameters = !PythonValues.IsTruthy(booleans[NoMoreParameters])
            && !StepChanges.ConverterMakesChanges(apiConverter)
            && isGalleryOrWatchable;

        booleans.Insert(NoMoreParameters + 1, keepExtraParameters);
        return fields;
    }
}
