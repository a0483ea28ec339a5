using System.Security.Cryptography;
using Dapper;
using HydraEngine.Database;
using Microsoft.Data.Sqlite;

namespace HydraEngine.ClientApi.Access;

/// <summary>
/// Access keys in the store's database (table <c>api_access_keys</c>), kept as SHA-256 hashes: a key is shown once,
/// when made, and never stored or logged. Names are unique. One connection, used under a lock; safe from any thread.
/// </summary>
public sealed class AccessKeyStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;

    private AccessKeyStore(SqliteConnection connection, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
    }

    /// <summary>
    /// Opens the key table in the SQLite file at <paramref name="databasePath"/> (normally the store's own) through the
    /// engine's one opener, migrating it (component <c>client api</c>) when needed.
    /// </summary>
    public static AccessKeyStore Open(string databasePath, TimeProvider? clock = null, DatabaseOptions? options = null)
    {
        var connection = SqliteOpener.Open(databasePath, options ?? DatabaseOptions.Default);
        try
        {
            SchemaMigrator.Migrate(connection, AccessKeySchema.Component, clock: clock);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new AccessKeyStore(connection, clock ?? TimeProvider.System);
    }

    /// <summary>Makes an approved key; returns its 64-hex value (shown once) and its record.</summary>
    /// <exception cref="ArgumentException">the name is empty or taken.</exception>
    public (string Key, AccessKey Record) Add(string name, IEnumerable<ClientApiPermission> permissions, bool permitsEverything) =>
        Insert(name, permissions, permitsEverything, approved: true);

    /// <summary>A key asked for over the API: valid only once approved.</summary>
    public (string Key, AccessKey Record) Request(string name, IEnumerable<ClientApiPermission> permissions, bool permitsEverything) =>
        Insert(UniqueName(name), permissions, permitsEverything, approved: false);

    public IReadOnlyList<AccessKey> List()
    {
        lock (connection)
        {
            return connection.Query<Row>("SELECT key_hash AS KeyHash, name AS Name, permits_everything AS PermitsEverything, permissions AS Permissions, approved AS Approved, created_ms AS CreatedMs FROM api_access_keys ORDER BY name")
                .Select(row => row.ToKey()).ToList();
        }
    }

    /// <summary>Removes a key by name; false when there is none.</summary>
    public bool Revoke(string name)
    {
        lock (connection)
        {
            return connection.Execute("DELETE FROM api_access_keys WHERE name = @name", new { name }) > 0;
        }
    }

    /// <summary>Approves a requested key by name; false when there is none.</summary>
    public bool Approve(string name)
    {
        lock (connection)
        {
            return connection.Execute("UPDATE api_access_keys SET approved = 1 WHERE name = @name", new { name }) > 0;
        }
    }

    /// <summary>The approved key with these bytes, or null.</summary>
    public AccessKey? Find(ReadOnlySpan<byte> key) => FindByHash(SHA256.HashData(key));

    /// <summary>The approved key whose SHA-256 is <paramref name="keyHash"/>, or null.</summary>
    internal AccessKey? FindByHash(byte[] keyHash)
    {
        lock (connection)
        {
            return connection.Query<Row>(
                "SELECT key_hash AS KeyHash, name AS Name, permits_everything AS PermitsEverything, permissions AS Permissions, approved AS Approved, created_ms AS CreatedMs FROM api_access_keys WHERE key_hash = @keyHash AND approved = 1",
                new { keyHash }).Select(row => row.ToKey()).FirstOrDefault();
        }
    }

    public void Dispose()
    {
        lock (connection)
        {
            connection.Dispose();
        }
    }

    private (string Key, AccessKey Record) Insert(string name, IEnumerable<ClientApiPermission> permissions, bool permitsEverything, bool approved)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("an access key needs a name");
        }

        var key = RandomNumberGenerator.GetBytes(32);
        var list = permissions.Distinct().Order().ToList();
        var record = new AccessKey(name.Trim(), permitsEverything, list, approved, clock.GetUtcNow()) { KeyHash = SHA256.HashData(key) };
        lock (connection)
        {
            if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM api_access_keys WHERE name = @Name", record) > 0)
            {
                throw new ArgumentException($"there is already an access key named '{record.Name}'");
            }

            connection.Execute(
                "INSERT INTO api_access_keys (key_hash, name, permits_everything, permissions, approved, created_ms) VALUES (@KeyHash, @Name, @PermitsEverything, @Permissions, @Approved, @CreatedMs)",
                new { record.KeyHash, record.Name, PermitsEverything = permitsEverything ? 1 : 0, Permissions = string.Join(',', list.Select(p => (int)p)), Approved = approved ? 1 : 0, CreatedMs = record.Created.ToUnixTimeMilliseconds() });
        }

        return (Convert.ToHexStringLower(key), record);
    }

    private string UniqueName(string name)
    {
        var wanted = string.IsNullOrWhiteSpace(name) ? "requested key" : name.Trim();
        var taken = List().Select(key => key.Name).ToHashSet(StringComparer.Ordinal);
        var candidate = wanted;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{wanted} ({n})";
        }

        return candidate;
    }

    private sealed record Row
    {
        public byte[] KeyHash { get; init; } = [];

        public string Name { get; init; } = "";

        public long PermitsEverything { get; init; }

        public string Permissions { get; init; } = "";

        public long Approved { get; init; }

        public long CreatedMs { get; init; }

        public AccessKey ToKey() => new(
            Name,
            PermitsEverything != 0,
            Permissions.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => (ClientApiPermission)int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            Approved != 0,
            DateTimeOffset.FromUnixTimeMilliseconds(CreatedMs)) { KeyHash = KeyHash };
    }
}
