using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Login;

/// <summary>v2 keys the step's required cookies by a FIXED String Match of the cookie name.</summary>
internal sealed class LoginStepV1ToV2 : IUpgradeStep
{
    private const int RequiredCookiesField = 7;

    public int TypeId => HydrusTypes.LoginStep;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 9, "the info (scheme, method, subdomain, path, credentials, static args, temp args, required cookies, content parsers)");
        fields[RequiredCookiesField] = RequiredCookies.KeyCookieNamesByStringMatch(UpgradeJson.Take(fields, RequiredCookiesField), context);
        return fields;
    }
}
