using HydraEngine.ClientApi.Access;
using HydraEngine.Database;
using Microsoft.Data.Sqlite;

namespace HydraEngine.ClientApi.Tests.Access;

/// <summary>The access-key table is a versioned component (<c>client api</c>) of the one database, opened through the one opener.</summary>
public sealed class AccessKeySchemaTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-keys-").FullName;

    private string DatabasePath => Path.Combine(folder, "hydra.db");

    [Fact]
    public void A_new_database_records_the_client_api_component_at_version_1()
    {
        using (AccessKeyStore.Open(DatabasePath))
        {
        }

        Scalar("SELECT MAX(version) FROM schema_versions WHERE component = 'client api'").ShouldBe(1L);
    }

    [Fact]
    public void A_key_table_made_without_a_version_by_an_earlier_release_keeps_its_keys_and_is_adopted()
    {
        Execute("""
            CREATE TABLE api_access_keys (
                key_hash BLOB PRIMARY KEY, name TEXT NOT NULL UNIQUE, permits_everything INTEGER NOT NULL,
                permissions TEXT NOT NULL, approved INTEGER NOT NULL, created_ms INTEGER NOT NULL);
            INSERT INTO api_access_keys VALUES (x'00', 'companion', 1, '', 1, 0);
            """);

        using (var keys = AccessKeyStore.Open(DatabasePath))
        {
            keys.List().ShouldHaveSingleItem().Name.ShouldBe("companion");
        }

        Scalar("SELECT MAX(version) FROM schema_versions WHERE component = 'client api'").ShouldBe(1L);
    }

    [Fact]
    public void A_database_from_a_newer_program_is_refused()
    {
        using (AccessKeyStore.Open(DatabasePath))
        {
        }

        Execute("INSERT INTO schema_versions (component, version, name, applied_ms) VALUES ('client api', 2, 'from the future', 0)");

        Should.Throw<DatabaseSchemaException>(() => AccessKeyStore.Open(DatabasePath)).Message.ShouldContain("client api has schema version 2");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
