using Dapper;
using HydraEngine.Database;

namespace HydraEngine.ClientApi.Access;

/// <summary>
/// The Client API's table, versioned in <c>schema_versions</c> as component <c>client api</c>. Step 1 keeps
/// <c>IF NOT EXISTS</c> so a store whose table an earlier release made without a version adopts it unchanged.
/// </summary>
internal static class AccessKeySchema
{
    public static SchemaComponent Component { get; } = new(
        "client api",
        [
            new SchemaMigration(1, "client api: access keys (SHA-256 hashes, names, permissions, approval)", transaction => transaction.Connection!.Execute(
                """
                CREATE TABLE IF NOT EXISTS api_access_keys (
                    key_hash BLOB PRIMARY KEY, name TEXT NOT NULL UNIQUE, permits_everything INTEGER NOT NULL,
                    permissions TEXT NOT NULL, approved INTEGER NOT NULL, created_ms INTEGER NOT NULL);
                """,
                transaction: transaction)),
        ]);
}
