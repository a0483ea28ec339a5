using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Login;

/// <summary>v2 keys the script's required cookies by a FIXED String Match of the cookie name.</summary>
internal sealed class LoginScriptV1ToV2 : IUpgradeStep
{
    private const int RequiredCookiesField = 1;

    public int TypeId => HydrusTypes.LoginScript;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 5, "the info (key, required cookies, credential definitions, login steps, example domains)");
        fields[RequiredCookiesField] = RequiredCookies.KeyCookieNamesByStringMatch(UpgradeJson.Take(fields, RequiredCookiesField), context);
        return fields;
    }
}
