using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Login;

/// <summary>
/// Login scripts and steps (v1 → v2) turn their required cookies, a Dictionary
/// <c>cookie name → value String Match</c>, into a Dictionary
/// <c>FIXED String Match(cookie name, example = cookie name) → value String Match</c>.
/// </summary>
internal static class RequiredCookies
{
    private const int StringMatchFixed = 0;

    public static JsonArray KeyCookieNamesByStringMatch(JsonNode? dictionaryTuple, UpgradeContext context)
    {
        var entries = new JsonArray();
        foreach (var pair in ContainerItems.DictionaryPairs(dictionaryTuple, context, "the required cookies"))
        {
            var cookieName = ContainerItems.PlainValue(pair.Key, "a required cookie name");
            var nameMatch = DefaultTuples.StringMatch(StringMatchFixed, cookieName, cookieName?.DeepClone());
            entries.Add(new JsonArray(DefaultTuples.SerialisableMeta(nameMatch), pair.Value));
        }

        return new JsonArray(HydrusTypes.Dictionary, 2, entries);
    }
}
