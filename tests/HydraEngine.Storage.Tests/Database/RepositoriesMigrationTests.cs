using HydraEngine.Storage.Database.Migrations;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Database;

public sealed class RepositoriesMigrationTests
{
    [Fact]
    public void Given_a_version6_store_when_opened_then_the_repository_tables_and_the_update_domain_are_added()
    {
        using var temp = new TempStore();
        SchemaRollback.To(temp.Store.Parts.Database, temp.Folder, 6);
        temp.Store.Dispose();

        temp.Reopen();

        temp.Store.SchemaVersion.ShouldBe(MigrationRunner.Default.LatestVersion);
        temp.Store.Services.ShouldContain(service => service.Name == "repository updates" && service.Type == ServiceType.LocalUpdateDomain);
        temp.Store.Repositories.All().ShouldBeEmpty();
    }
}
