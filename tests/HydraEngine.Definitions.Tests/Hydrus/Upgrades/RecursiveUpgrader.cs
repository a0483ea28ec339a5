using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Hydrus;
using HydraEngine.Definitions.Hydrus.Upgrades;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>
/// Test-only stand-in for the loader: upgrades a stored tree the way loading it in hydrus would, by
/// upgrading every nested serialisable tuple it finds. Any array whose first item is a known type id
/// followed by a valid version (and a string name for named types) is taken to be a tuple — good
/// enough for test data, not for real loading.
/// </summary>
internal static class RecursiveUpgrader
{
    public static JsonNode? Upgrade(JsonNode? node, UpgradeContext context)
    {
        switch (node)
        {
            case JsonArray array when TryReadEnvelope(array, out var typeId, out var named, out var version):
                var infoIndex = named ? 3 : 2;
                var info = TupleUpgrader.Upgrade(typeId, version, Take(array, infoIndex), context);
                array[infoIndex - 1] = UpgradeTypeCatalog.Require(typeId).CurrentVersion;
                array[infoIndex] = Upgrade(info, context);
                return array;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    array[index] = Upgrade(Take(array, index), context);
                }

                return array;
            case JsonObject obj:
                foreach (var key in obj.Select(property => property.Key).ToList())
                {
                    var value = obj[key];
                    obj[key] = null;
                    obj[key] = Upgrade(value, context);
                }

                return obj;
            default:
                return node;
        }
    }

    private static bool TryReadEnvelope(JsonArray array, out int typeId, out bool named, out int version)
    {
        version = 0;
        named = false;
        if (!TryReadInt(array.FirstOrDefault(), out typeId) || UpgradeTypeCatalog.Find(typeId) is not { } type)
        {
            return false;
        }

        named = HydrusTypes.IsNamed(typeId);
        var hasName = !named || (array.Count > 1 && array[1]?.GetValueKind() == JsonValueKind.String);
        return array.Count == (named ? 4 : 3)
            && hasName
            && TryReadInt(array[named ? 2 : 1], out version)
            && version >= 1
            && version <= type.CurrentVersion;
    }

    private static bool TryReadInt(JsonNode? node, out int value)
    {
        value = 0;
        return node is JsonValue json && json.GetValueKind() == JsonValueKind.Number && json.TryGetValue(out value);
    }

    private static JsonNode? Take(JsonArray array, int index)
    {
        var item = array[index];
        array[index] = null;
        return item;
    }
}
