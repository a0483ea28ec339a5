using System.Security.Cryptography;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Database.Migrations;

/// <summary>The services table and the services every store starts with.</summary>
internal sealed class M0001Services : IMigration
{
    public int Version => 1;

    public string Name => "services";

    public void Apply(StoreDatabase database)
    {
        database.Execute("""
            CREATE TABLE services (
              service_id INTEGER PRIMARY KEY,
              service_key BLOB NOT NULL UNIQUE,
              service_type INTEGER NOT NULL,
              name TEXT NOT NULL UNIQUE COLLATE NOCASE)
            """);
        foreach (var service in ServiceCatalog.Seeded)
        {
            database.Execute(
                "INSERT INTO services (service_id, service_key, service_type, name) VALUES (@Id, @Key, @Type, @Name)",
                new { service.Id, Key = RandomNumberGenerator.GetBytes(32), Type = (int)service.Type, service.Name });
        }
    }
}
