using Dapper;
using System.Data;
using HydraEngine.Downloading.Seeds;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Downloading.State;

/// <summary>File logs (hydrus's file seed caches): one row per seed, ordered by position, unique by identity URL per log.</summary>
internal sealed class FileSeedLogs(DownloadDatabase database)
{
    private const string Columns = "seed_id, position, url, identity_url, status, note, created, modified, referral, metadata, file_hash";

    /// <summary>Keeps at least this many seeds when compacting, as hydrus does.</summary>
    public const int CompactionFloor = 250;

    public long CreateLog(string kind, long now) => database.Write((db, transaction) =>
        db.ExecuteScalar<long>("INSERT INTO dl_logs (kind, created) VALUES (@kind, @now) RETURNING log_id", new { kind, now }, transaction));

    /// <summary>Adds the seeds this log does not have yet (by identity URL), after <paramref name="afterSeedId"/> or at the end; returns those added, with ids.</summary>
    public IReadOnlyList<FileSeed> Add(long logId, IReadOnlyList<FileSeed> seeds, long? afterSeedId = null) => database.Write((db, transaction) =>
    {
        var fresh = new List<FileSeed>();
        var identities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            if (identities.Add(seed.IdentityUrl) && db.ExecuteScalar<long?>("SELECT seed_id FROM dl_file_seeds WHERE log_id = @logId AND identity_url = @identity", new { logId, identity = seed.IdentityUrl }, transaction) is null)
            {
                fresh.Add(seed);
            }
        }

        var positions = SeedPositions.Allocate(db, transaction, "dl_file_seeds", logId, afterSeedId, fresh.Count);
        var added = new List<FileSeed>(fresh.Count);
        for (var index = 0; index < fresh.Count; index++)
        {
            var seed = fresh[index];
            var id = db.ExecuteScalar<long>(
                "INSERT INTO dl_file_seeds (log_id, position, url, identity_url, status, note, created, modified, referral, metadata, file_hash) " +
                "VALUES (@logId, @position, @Url, @IdentityUrl, @status, @Note, @Created, @Modified, @Referral, @metadata, @FileHash) RETURNING seed_id",
                new { logId, position = positions[index], seed.Url, seed.IdentityUrl, status = (long)seed.Status, seed.Note, seed.Created, seed.Modified, seed.Referral, metadata = SeedRows.MetadataJson(seed.Metadata), seed.FileHash },
                transaction);
            added.Add(seed with { Id = id });
        }

        return added;
    });

    public bool Contains(long logId, string identityUrl) => database.Read(db =>
        db.ExecuteScalar<long?>("SELECT seed_id FROM dl_file_seeds WHERE log_id = @logId AND identity_url = @identityUrl", new { logId, identityUrl }) is not null);

    public FileSeed? NextPending(long logId) => NextPending(logId, []);

    /// <summary>The first pending seed in log order that is not one of <paramref name="skip"/> (seeds already being worked).</summary>
    public FileSeed? NextPending(long logId, IReadOnlyCollection<long> skip)
    {
        long[] excluded;
        lock (skip)
        {
            excluded = [.. skip];
        }

        var sql = excluded.Length == 0
            ? $"SELECT {Columns} FROM dl_file_seeds WHERE log_id = @logId AND status = 0 ORDER BY position LIMIT 1"
            : $"SELECT {Columns} FROM dl_file_seeds WHERE log_id = @logId AND status = 0 AND seed_id NOT IN @excluded ORDER BY position LIMIT 1";
        return database.Read(db => db.QueryFirstOrDefault<SeedRows.FileSeedRow>(sql, new { logId, excluded })) is { } row ? SeedRows.ToSeed(row) : null;
    }

    public void Update(FileSeed seed) => database.Write((db, transaction) => Update(db, seed, transaction));

    /// <summary>Writes the seed's outcome in another component's transaction on the same database (the store's import), so both commit together.</summary>
    public static void Update(FileSeed seed, SqliteTransaction transaction) => Update(transaction.Connection!, seed, transaction);

    private static void Update(IDbConnection db, FileSeed seed, IDbTransaction transaction) =>
        db.Execute(
            "UPDATE dl_file_seeds SET status = @status, note = @Note, modified = @Modified, referral = @Referral, metadata = @metadata, file_hash = @FileHash WHERE seed_id = @Id",
            new { status = (long)seed.Status, seed.Note, seed.Modified, seed.Referral, metadata = SeedRows.MetadataJson(seed.Metadata), seed.FileHash, seed.Id },
            transaction);

    public IReadOnlyList<FileSeed> All(long logId) => database.Read(db =>
        db.Query<SeedRows.FileSeedRow>($"SELECT {Columns} FROM dl_file_seeds WHERE log_id = @logId ORDER BY position", new { logId }).Select(SeedRows.ToSeed).ToList());

    public IReadOnlyList<long> SourceTimestamps(long logId) => All(logId).Select(seed => seed.SourceTimestamp).ToList();

    /// <summary>Seeds per status.</summary>
    public IReadOnlyDictionary<SeedStatus, int> Counts(long logId) => database.Read(db =>
        db.Query<(long Status, long Count)>("SELECT status, COUNT(*) FROM dl_file_seeds WHERE log_id = @logId GROUP BY status", new { logId })
            .ToDictionary(row => (SeedStatus)row.Status, row => (int)row.Count));

    /// <summary>Puts errored seeds back to pending (a "retry failures" action).</summary>
    public int RetryFailed(long logId, long now) => database.Write((db, transaction) =>
        db.Execute("UPDATE dl_file_seeds SET status = 0, note = '', modified = @now WHERE log_id = @logId AND status = 4", new { logId, now }, transaction));

    /// <summary>Puts errored seeds of every log back to pending.</summary>
    public int RetryAllFailed(long now) => database.Write((db, transaction) =>
        db.Execute("UPDATE dl_file_seeds SET status = 0, note = '', modified = @now WHERE status = 4", new { now }, transaction));

    /// <summary>Drops finished seeds whose source timestamp is before <paramref name="before"/>, keeping the newest <see cref="CompactionFloor"/>.</summary>
    public int Compact(long logId, long before)
    {
        var seeds = All(logId);
        if (seeds.Count <= CompactionFloor)
        {
            return 0;
        }

        var removable = seeds.Take(seeds.Count - CompactionFloor)
            .Where(seed => seed.Status != SeedStatus.Unknown && seed.SourceTimestamp < before)
            .Select(seed => seed.Id)
            .ToList();
        return database.Write((db, transaction) => db.Execute("DELETE FROM dl_file_seeds WHERE seed_id IN @removable", new { removable }, transaction));
    }
}
