using HydraEngine.Storage.Database.Migrations;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Database;

public sealed class RepositoriesMigrationTests
{
    [Fact]
    public void GivenAVersion6Store_WhenOpened_ThenTheRepositoryTablesAndTheUpdateDomainAreAdded()
    {
        using var temp = new TempStore();
        temp.Store.Parts.Database.Execute(
            """
            DROP TABLE repository_services; DROP TABLE repository_updates; DROP TABLE repository_updates_processed;
            DROP TABLE repository_hash_map; DROP TABLE repository_tag_map; DROP TABLE repository_pending;
            DELETE FROM services WHERE name = 'repository updates';
            DELETE FROM schema_migrations WHERE version = 7;
            """);
        temp.Store.Dispose();

        temp.Reopen();

        temp.Store.SchemaVersion.ShouldBe(MigrationRunner.Default.LatestVersion);
        temp.Store.Services.ShouldContain(service => service.Name == "repository updates" && service.Type == ServiceType.LocalUpdateDomain);
        temp.Store.Repositories.All().ShouldBeEmpty();
    }
}
