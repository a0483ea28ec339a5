using Microsoft.Data.Sqlite;

namespace HydraEngine.Database;

/// <summary>One schema step of a component: runs once, inside the migrator's transaction, recorded in <c>schema_versions</c>.</summary>
public sealed record SchemaMigration(int Version, string Name, Action<SqliteTransaction> Apply);

/// <summary>
/// One component's schema (store, library, download state, network state): its migrations, numbered from 1 and never
/// renumbered once shipped. <see cref="LegacyVersionTable"/> names the table an earlier release recorded its versions
/// in (<c>version</c> and <c>name</c> columns), read once when the component first meets <c>schema_versions</c>.
/// </summary>
public sealed record SchemaComponent
{
    public SchemaComponent(string name, IReadOnlyList<SchemaMigration> migrations)
    {
        for (var index = 0; index < migrations.Count; index++)
        {
            if (migrations[index].Version != index + 1)
            {
                throw new InvalidOperationException($"{name}: migration '{migrations[index].Name}' has version {migrations[index].Version}; expected {index + 1}");
            }
        }

        Name = name;
        Migrations = migrations;
    }

    public string Name { get; }

    public IReadOnlyList<SchemaMigration> Migrations { get; }

    public string? LegacyVersionTable { get; init; }

    public int LatestVersion => Migrations.Count;
}
