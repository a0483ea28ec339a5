using HydraEngine.Database;

namespace HydraEngine.Storage.Database.Migrations;

/// <summary>
/// The store's schema as one component of the engine's one migration runner (<see cref="SchemaMigrator"/>): its
/// versions are the <c>store</c> rows of <c>schema_versions</c> (earlier releases kept them in <c>schema_migrations</c>).
/// </summary>
internal sealed class MigrationRunner
{
    public const string Component = "store";

    private readonly IReadOnlyList<IMigration> migrations;

    public MigrationRunner(IReadOnlyList<IMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"migration '{migrations[i].Name}' has version {migrations[i].Version}; expected {i + 1}");
            }
        }

        this.migrations = migrations;
    }

    public static MigrationRunner Default { get; } = new(MigrationCatalog.All);

    public int LatestVersion => migrations.Count;

    /// <summary>Applies every pending migration; returns how many ran.</summary>
    public int Migrate(StoreDatabase database)
    {
        var component = new SchemaComponent(Component, migrations.Select(migration => new SchemaMigration(migration.Version, migration.Name, _ => migration.Apply(database))).ToArray())
        {
            LegacyVersionTable = "schema_migrations",
        };
        try
        {
            return SchemaMigrator.Migrate(database.Connection, component, database.BeginWrite);
        }
        catch (DatabaseSchemaException exception)
        {
            throw new StoreException(exception.Message, exception);
        }
    }

    public static int CurrentVersion(StoreDatabase database) => SchemaMigrator.CurrentVersion(database.Connection, Component, database.Transaction);
}
