using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace HydraEngine.Repositories.Protocol;

/// <summary>
/// What a hydrus server's administrator does through the protocol: claim a fresh server (its one-time
/// registration key "init"), add a tag repository service, list account types and make registration keys.
/// </summary>
public static class ServerAdministration
{
    private const int TagRepositoryType = 0;

    /// <summary>The admin access key of a server that was just created (only works once).</summary>
    public static Task<byte[]> ClaimAsync(RepositoryConnection admin, CancellationToken cancellationToken) =>
        RepositoryClient.AccessKeyFromRegistrationAsync(admin, "init"u8.ToArray(), cancellationToken);

    /// <summary>
    /// Adds a tag repository on <paramref name="port"/> with the given update period (seconds) through the admin
    /// service (<c>POST /services</c>, every existing service kept); returns the new service's admin access key.
    /// </summary>
    public static async Task<byte[]> AddTagRepositoryAsync(RepositoryClient admin, string name, int port, long updatePeriod, CancellationToken cancellationToken)
    {
        var current = await admin.CallAsync((connection, credentials) => connection.GetAsync("services", credentials, cancellationToken)).ConfigureAwait(false);
        var services = SerialisableList.Items(current.Require("services", "the services answer"), "the services").Select(service => service.DeepClone()).ToList();
        var serviceKey = RandomNumberGenerator.GetBytes(32);
        services.Add(new JsonArray(Convert.ToHexStringLower(serviceKey), TagRepositoryType, name, port, TagRepositoryDictionary(updatePeriod, admin.Clock.GetUtcNow().ToUnixTimeSeconds())));
        var body = SerialisableDictionary.Build(("services", SerialisableDictionary.Serialisable, SerialisableList.Build(services)));
        var answer = await admin.CallAsync((connection, credentials) => connection.PostAsync("services", body, credentials, cancellationToken)).ConfigureAwait(false);
        var keys = SerialisableDictionary.Read(NetworkBytes.Parse(answer, "the services answer"), "the services answer");
        foreach (var pair in SerialisableList.Items(keys.Require("service_keys_to_access_keys", "the services answer"), "the new access keys").OfType<JsonArray>())
        {
            if (string.Equals(pair[0]?.ToString(), Convert.ToHexStringLower(serviceKey), StringComparison.OrdinalIgnoreCase))
            {
                return Hex.Decode(pair[1]!.ToString(), "the new service's access key");
            }
        }

        throw new RepositoryException("the server added no service with the key we gave");
    }

    /// <summary>The service's account types as (key, title, permissions).</summary>
    public static async Task<IReadOnlyList<(byte[] Key, string Title, IReadOnlyList<RepositoryPermission> Permissions)>> AccountTypesAsync(RepositoryClient client, CancellationToken cancellationToken)
    {
        var answer = await client.CallAsync((connection, credentials) => connection.GetAsync("account_types", credentials, cancellationToken)).ConfigureAwait(false);
        var types = answer.Require("account_types", "the account types answer");
        try
        {
            return SerialisableList.Items(types, "the account types")
                .OfType<JsonArray>()
                .Select(type => (JsonArray)type[2]!)
                .Select(info => (
                    Hex.Decode(info[0]!.ToString(), "an account type key"),
                    info[1]!.ToString(),
                    RepositoryPermission.ParseAll((JsonArray)info[2]!)))
                .ToList();
        }
        catch (Exception exception) when (exception is InvalidOperationException or InvalidCastException or NullReferenceException)
        {
            var text = types.ToJsonString();
            throw new RepositoryException($"the account types answer is malformed ({exception.Message}): {(text.Length > 400 ? text[..400] : text)}", exception);
        }
    }

    /// <summary>New registration keys (tokens) for accounts of the given type.</summary>
    public static async Task<IReadOnlyList<byte[]>> RegistrationKeysAsync(RepositoryClient client, byte[] accountTypeKey, int count, CancellationToken cancellationToken)
    {
        var answer = await client.CallAsync((connection, credentials) =>
            connection.GetAsync($"registration_keys?num={count}&account_type_key={Convert.ToHexStringLower(accountTypeKey)}", credentials, cancellationToken)).ConfigureAwait(false);
        return SerialisableList.Items(answer.Require("registration_keys", "the registration keys answer"), "the registration keys")
            .Select(key => Hex.Decode(key.ToString(), "a registration key")).ToList();
    }

    /// <summary>A tag repository's service dictionary as hydrus's defaults make it, with our update period.</summary>
    private static string TagRepositoryDictionary(long updatePeriod, long now)
    {
        static JsonArray Entry(string key, int meta, JsonNode? value) => new(new JsonArray(0, key), new JsonArray(meta, value));
        var emptyTracker = new JsonArray(39, 1, new JsonArray(Enumerable.Range(0, 10).Select(_ => (JsonNode?)new JsonArray()).ToArray()));
        var options = new JsonArray(21, 2, new JsonArray(
            Entry("server_message", 0, "Welcome to the server!"),
            Entry("update_period", 0, updatePeriod),
            Entry("nullification_period", 0, 90 * 86400),
            Entry("tag_filter", 2, new JsonArray(44, 1, new JsonArray()))));
        var metadata = new JsonArray(37, 1, new JsonArray(new JsonArray(new JsonArray(0, new JsonArray(), 0, now)), now + updatePeriod));
        return new JsonArray(21, 2, new JsonArray(
            Entry("bandwidth_tracker", 2, emptyTracker),
            Entry("bandwidth_rules", 2, new JsonArray(38, 1, new JsonArray())),
            Entry("service_options", 2, options),
            Entry("server_message", 0, "Welcome to the server!"),
            Entry("metadata", 2, metadata),
            Entry("next_nullification_update_index", 0, 0))).ToJsonString();
    }
}
