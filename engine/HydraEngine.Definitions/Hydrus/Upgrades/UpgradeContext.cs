using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>
/// What upgrade steps share during one load: the source of new random keys (hydrus generates a URL
/// class key when upgrading v1) and the means to bring a nested object to its current version.
/// Not thread-safe; use one per load.
/// </summary>
internal sealed class UpgradeContext
{
    private const int KeyHexLength = 64;

    private readonly Func<string> keyFactory;
    private readonly List<string> generatedKeys = [];

    /// <param name="keyFactory">Supplies new keys as 64 lowercase hex characters; random 32 bytes by default.</param>
    public UpgradeContext(Func<string>? keyFactory = null)
    {
        this.keyFactory = keyFactory ?? RandomKeyHex;
    }

    /// <summary>Every key <see cref="NewKeyHex"/> handed out, in order.</summary>
    public IReadOnlyList<string> GeneratedKeys => generatedKeys;

    /// <summary>A new object key (32 bytes as 64 lowercase hex characters), recorded in <see cref="GeneratedKeys"/>.</summary>
    public string NewKeyHex()
    {
        var key = keyFactory();
        if (key is null || key.Length != KeyHexLength || !key.All(character => char.IsAsciiDigit(character) || character is >= 'a' and <= 'f'))
        {
            throw new InvalidOperationException($"the key factory returned \"{key}\", which is not {KeyHexLength} lowercase hex characters");
        }

        generatedKeys.Add(key);
        return key;
    }

    /// <summary>
    /// Brings a child serialisable tuple (<c>[type, version, info]</c>, or <c>[type, name, version, info]</c>
    /// for named types) to its type's current version by running the registered steps on its own info.
    /// Grandchildren are left as stored. The items of <paramref name="tuple"/> are moved into the returned
    /// tuple, so the argument is emptied.
    /// </summary>
    public JsonArray UpgradeChild(JsonNode? tuple)
    {
        if (tuple is not JsonArray items || items.Count == 0)
        {
            throw new UpgradeException($"expected a serialisable tuple, but it was {UpgradeJson.Describe(tuple)}");
        }

        var typeId = UpgradeJson.Int32(items[0], "the type id of a serialisable tuple");
        var type = UpgradeTypeCatalog.Require(typeId);
        var named = UpgradeTypeCatalog.IsNamed(typeId);
        UpgradeJson.Array(tuple, named ? 4 : 3, $"a {type.HydrusName} tuple");

        var fields = UpgradeJson.TakeAll(items);
        var version = UpgradeJson.Int32(fields[^2], $"the version of a {type.HydrusName} tuple");
        var info = TupleUpgrader.Upgrade(typeId, version, fields[^1], this);

        return named
            ? new JsonArray(typeId, fields[1], type.CurrentVersion, info)
            : new JsonArray(typeId, type.CurrentVersion, info);
    }

    private static string RandomKeyHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyHexLength / 2));
}
