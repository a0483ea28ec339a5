namespace HydraEngine.Storage.Database.Migrations;

/// <summary>Brings a database up to the newest schema, one recorded migration at a time.</summary>
internal sealed class MigrationRunner
{
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
        database.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
              version INTEGER PRIMARY KEY,
              name TEXT NOT NULL,
              applied_ms INTEGER NOT NULL)
            """);
        var applied = 0;
        foreach (var migration in migrations)
        {
            using var transaction = database.BeginWrite();
            var version = CurrentVersion(database);
            if (version > LatestVersion)
            {
                throw new StoreException($"this database has schema version {version}, newer than this program knows ({LatestVersion}); use a newer hydra");
            }

            if (version >= migration.Version)
            {
                continue;
            }

            migration.Apply(database);
            database.Execute(
                "INSERT INTO schema_migrations (version, name, applied_ms) VALUES (@Version, @Name, @Now)",
                new { migration.Version, migration.Name, Now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() }); // when it ran, on the wall clock
            transaction.Complete();
            applied++;
        }

        var final = CurrentVersion(database);
        if (final > LatestVersion)
        {
            throw new StoreException($"this database has schema version {final}, newer than this program knows ({LatestVersion}); use a newer hydra");
        }

        return applied;
    }

    public static int CurrentVersion(StoreDatabase database) =>
        database.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_migrations") ?? 0;
}
