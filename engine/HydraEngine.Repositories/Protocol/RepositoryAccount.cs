using System.Text.Json.Nodes;

namespace HydraEngine.Repositories.Protocol;

/// <summary>An account on a server service (<c>GET /account</c>): its key, type, permissions and expiry.</summary>
public sealed record RepositoryAccount(string AccountKey, string AccountType, IReadOnlyList<RepositoryPermission> Permissions, long Created, long? Expires, string Json)
{
    public static RepositoryAccount Parse(JsonNode node)
    {
        const string What = "the account";
        if (node is not JsonArray { Count: >= 4 } account || account[1] is not JsonArray { Count: 3 } type || type[2] is not JsonArray { Count: >= 3 } typeInfo || typeInfo[2] is not JsonArray permissions)
        {
            throw new RepositoryException($"{What} is not an account tuple: {Shorten(node.ToJsonString())}");
        }

        return new RepositoryAccount(
            account[0]?.ToString() ?? "",
            typeInfo[1]?.ToString() ?? "",
            RepositoryPermission.ParseAll(permissions),
            account[2]?.GetValue<long>() ?? 0,
            account[3]?.GetValue<long?>(),
            node.ToJsonString());
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}

/// <summary>One permission: a content type (hydrus's numbers) and an action (0 petition, 1 create, 2 moderate).</summary>
public sealed record RepositoryPermission(int ContentType, int Action)
{
    private static readonly Dictionary<int, string> ContentTypes = new()
    {
        [0] = "mappings", [1] = "tag siblings", [2] = "tag parents", [3] = "files", [9] = "accounts", [10] = "options", [11] = "services", [13] = "account types",
    };

    private static readonly string[] Actions = ["petition", "create", "moderate"];

    /// <summary>The [content type, action] pairs of an account type; other entries (the null account's marker) are skipped.</summary>
    public static IReadOnlyList<RepositoryPermission> ParseAll(JsonArray permissions) =>
        permissions.OfType<JsonArray>()
            .Where(pair => pair.Count == 2 && pair[0] is JsonValue first && first.TryGetValue<int>(out _) && pair[1] is JsonValue second && second.TryGetValue<int>(out _))
            .Select(pair => new RepositoryPermission(pair[0]!.GetValue<int>(), pair[1]!.GetValue<int>()))
            .ToList();

    public override string ToString() =>
        $"{(Action is >= 0 and < 3 ? Actions[Action] : $"action {Action}")} {ContentTypes.GetValueOrDefault(ContentType, $"content type {ContentType}")}";
}
