using Dapper;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Database;

/// <summary>
/// The one migration runner: every component's version is a row set in <c>schema_versions (component, version, name,
/// applied_ms)</c>, each pending step runs in its own write transaction, and a database from a newer program is
/// refused before anything changes.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>Brings <paramref name="component"/> up to date on <paramref name="connection"/>; returns how many steps ran.</summary>
    /// <param name="beginWrite">How to start a write transaction (a component with its own transaction scope passes it); default BEGIN on the connection.</param>
    public static int Migrate(SqliteConnection connection, SchemaComponent component, Func<IWriteScope>? beginWrite = null, TimeProvider? clock = null)
    {
        var begin = beginWrite ?? (() => new ConnectionWriteScope(connection));
        var now = clock ?? TimeProvider.System;
        using (var scope = begin())
        {
            connection.Execute(
                """
                CREATE TABLE IF NOT EXISTS schema_versions (
                  component TEXT NOT NULL,
                  version INTEGER NOT NULL,
                  name TEXT NOT NULL,
                  applied_ms INTEGER NOT NULL,
                  PRIMARY KEY (component, version))
                """,
                transaction: scope.Transaction);
            AdoptLegacyVersions(connection, component, scope.Transaction);
            scope.Complete();
        }

        var applied = 0;
        foreach (var migration in component.Migrations)
        {
            using var scope = begin();
            var current = CurrentVersion(connection, component.Name, scope.Transaction);
            Refuse(component, current);
            if (current >= migration.Version)
            {
                continue;
            }

            migration.Apply(scope.Transaction);
            connection.Execute(
                "INSERT INTO schema_versions (component, version, name, applied_ms) VALUES (@component, @Version, @Name, @now)",
                new { component = component.Name, migration.Version, migration.Name, now = now.GetUtcNow().ToUnixTimeMilliseconds() },
                scope.Transaction);
            scope.Complete();
            applied++;
        }

        Refuse(component, CurrentVersion(connection, component.Name, null));
        return applied;
    }

    /// <summary>The component's schema version (0 when it has none yet).</summary>
    public static int CurrentVersion(SqliteConnection connection, string component, SqliteTransaction? transaction) =>
        TableExists(connection, "schema_versions", transaction)
            ? connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_versions WHERE component = @component", new { component }, transaction) ?? 0
            : 0;

    private static void Refuse(SchemaComponent component, int current)
    {
        if (current > component.LatestVersion)
        {
            throw new DatabaseSchemaException($"this database's {component.Name} has schema version {current}, newer than this program knows ({component.LatestVersion}); use a newer hydra");
        }
    }

    private static void AdoptLegacyVersions(SqliteConnection connection, SchemaComponent component, SqliteTransaction transaction)
    {
        if (component.LegacyVersionTable is not { } legacy || !TableExists(connection, legacy, transaction)
            || CurrentVersion(connection, component.Name, transaction) > 0)
        {
            return;
        }

        connection.Execute(
            $"INSERT INTO schema_versions (component, version, name, applied_ms) SELECT @component, version, name, 0 FROM \"{legacy}\"",
            new { component = component.Name },
            transaction);
        connection.Execute($"DROP TABLE \"{legacy}\"", transaction: transaction);
    }

    private static bool TableExists(SqliteConnection connection, string table, SqliteTransaction? transaction) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table", new { table }, transaction) > 0;
}
