using System.Security.Cryptography;
using HydraEngine.Storage.Repositories;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Database.Migrations;

/// <summary>
/// Repositories (hydrus tag repositories): their connection and settings, the update files each lists (by update
/// index), what has been processed per file and content type, the maps from the repository's ids to ours, the
/// uploads waiting for a commit, and the "repository updates" file domain the update files are kept in.
/// </summary>
internal sealed class M0007Repositories : IMigration
{
    public int Version => 7;

    public string Name => "repositories";

    public void Apply(StoreDatabase database)
    {
        database.Execute("""
            CREATE TABLE repository_services (
              service_id INTEGER PRIMARY KEY,
              host TEXT NOT NULL,
              port INTEGER NOT NULL,
              access_key BLOB NOT NULL,
              session_key BLOB,
              session_expires INTEGER NOT NULL DEFAULT 0,
              paused INTEGER NOT NULL DEFAULT 0,
              content_types TEXT NOT NULL,
              next_update_due INTEGER NOT NULL DEFAULT 0,
              account TEXT,
              last_error TEXT,
              rows_processed INTEGER NOT NULL DEFAULT 0,
              processing_ms INTEGER NOT NULL DEFAULT 0);

            CREATE TABLE repository_updates (
              service_id INTEGER NOT NULL,
              update_index INTEGER NOT NULL,
              hash_id INTEGER NOT NULL,
              mime INTEGER,
              PRIMARY KEY (service_id, hash_id)) WITHOUT ROWID;
            CREATE INDEX repository_updates_index ON repository_updates (service_id, update_index);

            CREATE TABLE repository_updates_processed (
              service_id INTEGER NOT NULL,
              hash_id INTEGER NOT NULL,
              content_type INTEGER NOT NULL,
              processed INTEGER NOT NULL,
              PRIMARY KEY (service_id, hash_id, content_type)) WITHOUT ROWID;

            CREATE TABLE repository_hash_map (
              service_id INTEGER NOT NULL,
              service_hash_id INTEGER NOT NULL,
              hash_id INTEGER NOT NULL,
              PRIMARY KEY (service_id, service_hash_id)) WITHOUT ROWID;

            CREATE TABLE repository_tag_map (
              service_id INTEGER NOT NULL,
              service_tag_id INTEGER NOT NULL,
              tag_id INTEGER NOT NULL,
              PRIMARY KEY (service_id, service_tag_id)) WITHOUT ROWID;

            CREATE TABLE repository_pending (
              service_id INTEGER NOT NULL,
              content_type INTEGER NOT NULL,
              action INTEGER NOT NULL,
              first_id INTEGER NOT NULL,
              second_id INTEGER NOT NULL,
              reason TEXT NOT NULL,
              PRIMARY KEY (service_id, content_type, action, first_id, second_id)) WITHOUT ROWID;
            """);
        database.Execute(
            "INSERT INTO services (service_key, service_type, name) VALUES (@Key, @Type, @Name)",
            new { Key = RandomNumberGenerator.GetBytes(32), Type = (int)ServiceType.LocalUpdateDomain, Name = RepositoryCatalog.UpdateDomainName });
    }
}
