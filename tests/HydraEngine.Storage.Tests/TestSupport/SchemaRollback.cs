using HydraEngine.Storage.Database;
using HydraEngine.Storage.Database.Migrations;

namespace HydraEngine.Storage.Tests.TestSupport;

/// <summary>
/// Turns a store's database back into what an older hydra left: every table and service that later migrations
/// added is dropped and their versions forgotten (what exists at <c>version</c> is read from a scratch database
/// migrated only that far), so a test can watch the newer migrations run on it.
/// </summary>
internal static class SchemaRollback
{
    public static void To(StoreDatabase database, string scratchFolder, int version)
    {
        var scratchPath = Path.Combine(scratchFolder, $"schema-{version}-{Guid.NewGuid():N}.db");
        HashSet<string> tables;
        HashSet<string> services;
        using (var scratch = StoreDatabase.Open(scratchPath, StoreOptions.Default))
        {
            new MigrationRunner(MigrationCatalog.All.Take(version).ToList()).Migrate(scratch);
            tables = scratch.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet();
            services = scratch.Query<string>("SELECT name FROM services").ToHashSet();
        }

        foreach (var table in database.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToList().Where(name => !tables.Contains(name)))
        {
            database.Execute($"DROP TABLE \"{table}\"");
        }

        foreach (var service in database.Query<string>("SELECT name FROM services").ToList().Where(name => !services.Contains(name)))
        {
            database.Execute("DELETE FROM services WHERE name = @service", new { service });
        }

        database.Execute("DELETE FROM schema_versions WHERE component = 'store' AND version > @version", new { version });
    }
}
