using Dapper;
using HydraEngine.Database;

namespace HydraEngine.Downloading.State;

/// <summary>
/// The download state tables (prefix <c>dl_</c>), kept in the store's SQLite file beside the store's and the
/// library's own. Logs are rows: one row per file seed and per gallery seed, never a serialised blob.
/// </summary>
internal static class DownloadSchema
{
    /// <summary>Recorded in <c>schema_versions</c> as component <c>downloads</c> (earlier releases kept <c>dl_schema_version</c>).</summary>
    public static SchemaComponent Component => new(
        "downloads",
        Migrations.Select(step => new SchemaMigration(step.Version, step.Name, transaction => transaction.Connection!.Execute(step.Sql, transaction: transaction))).ToArray())
    {
        LegacyVersionTable = "dl_schema_version",
    };

    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } =
    [
        (1, "seed logs, jobs, settings", """
            CREATE TABLE dl_logs (
                log_id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                created INTEGER NOT NULL);
            CREATE TABLE dl_file_seeds (
                seed_id INTEGER PRIMARY KEY,
                log_id INTEGER NOT NULL REFERENCES dl_logs(log_id) ON DELETE CASCADE,
                position REAL NOT NULL,
                url TEXT NOT NULL,
                identity_url TEXT NOT NULL,
                status INTEGER NOT NULL,
                note TEXT NOT NULL,
                created INTEGER NOT NULL,
                modified INTEGER NOT NULL,
                referral TEXT,
                metadata TEXT NOT NULL,
                file_hash TEXT,
                UNIQUE (log_id, identity_url));
            CREATE INDEX dl_file_seeds_by_status ON dl_file_seeds (log_id, status, position);
            CREATE TABLE dl_gallery_seeds (
                seed_id INTEGER PRIMARY KEY,
                log_id INTEGER NOT NULL REFERENCES dl_logs(log_id) ON DELETE CASCADE,
                position REAL NOT NULL,
                url TEXT NOT NULL,
                status INTEGER NOT NULL,
                note TEXT NOT NULL,
                created INTEGER NOT NULL,
                modified INTEGER NOT NULL,
                can_generate_more INTEGER NOT NULL,
                referral TEXT,
                external_tags TEXT NOT NULL);
            CREATE INDEX dl_gallery_seeds_by_status ON dl_gallery_seeds (log_id, status, position);
            CREATE TABLE dl_gallery_downloads (
                download_id INTEGER PRIMARY KEY,
                gallery_log_id INTEGER NOT NULL REFERENCES dl_logs(log_id),
                file_log_id INTEGER NOT NULL REFERENCES dl_logs(log_id),
                gug_name TEXT NOT NULL,
                query_text TEXT NOT NULL,
                file_limit INTEGER,
                paused INTEGER NOT NULL,
                stop_reason TEXT,
                created INTEGER NOT NULL);
            CREATE TABLE dl_url_queues (
                queue_id INTEGER PRIMARY KEY,
                gallery_log_id INTEGER NOT NULL REFERENCES dl_logs(log_id),
                file_log_id INTEGER NOT NULL REFERENCES dl_logs(log_id),
                name TEXT NOT NULL UNIQUE,
                paused INTEGER NOT NULL,
                created INTEGER NOT NULL);
            CREATE TABLE dl_watchers (
                watcher_id INTEGER PRIMARY KEY,
                gallery_log_id INTEGER NOT NULL REFERENCES dl_logs(log_id),
                file_log_id INTEGER NOT NULL REFERENCES dl_logs(log_id),
                url TEXT NOT NULL UNIQUE,
                subject TEXT,
                checker TEXT NOT NULL,
                status INTEGER NOT NULL,
                paused INTEGER NOT NULL,
                last_check INTEGER NOT NULL,
                next_check INTEGER NOT NULL,
                check_now INTEGER NOT NULL,
                no_work_until INTEGER NOT NULL,
                note TEXT NOT NULL,
                created INTEGER NOT NULL);
            CREATE TABLE dl_subscriptions (
                subscription_id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                gug_name TEXT NOT NULL,
                checker TEXT NOT NULL,
                initial_file_limit INTEGER,
                periodic_file_limit INTEGER,
                paused INTEGER NOT NULL,
                created INTEGER NOT NULL);
            CREATE TABLE dl_subscription_queries (
                query_id INTEGER PRIMARY KEY,
                subscription_id INTEGER NOT NULL REFERENCES dl_subscriptions(subscription_id),
                query_text TEXT NOT NULL,
                display_name TEXT,
                gallery_log_id INTEGER NOT NULL REFERENCES dl_logs(log_id),
                file_log_id INTEGER NOT NULL REFERENCES dl_logs(log_id),
                status INTEGER NOT NULL,
                paused INTEGER NOT NULL,
                last_check INTEGER NOT NULL,
                next_check INTEGER NOT NULL,
                check_now INTEGER NOT NULL,
                no_work_until INTEGER NOT NULL,
                note TEXT NOT NULL,
                UNIQUE (subscription_id, query_text));
            CREATE TABLE dl_settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL);
            """),
        (2, "watchers: files paused apart from checking", """
            ALTER TABLE dl_watchers ADD COLUMN files_paused INTEGER NOT NULL DEFAULT 0;
            """),
    ];
}
