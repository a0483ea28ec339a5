using Dapper;
using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Downloading.State;

/// <summary>Gallery logs (hydrus's gallery seed logs): one row per gallery seed, ordered by position.</summary>
internal sealed class GallerySeedLogs(DownloadDatabase database)
{
    private const string Columns = "seed_id, position, url, status, note, created, modified, can_generate_more, referral, external_tags";

    /// <summary>Adds seeds after <paramref name="afterSeedId"/> (or at the end); exact duplicates of pending seeds are ignored.</summary>
    public IReadOnlyList<GallerySeed> Add(long logId, IReadOnlyList<GallerySeed> seeds, long? afterSeedId = null) => database.Write((db, transaction) =>
    {
        var fresh = seeds
            .DistinctBy(seed => seed.Url, StringComparer.Ordinal)
            .Where(seed => db.ExecuteScalar<long?>("SELECT seed_id FROM dl_gallery_seeds WHERE log_id = @logId AND url = @Url AND status = 0", new { logId, seed.Url }, transaction) is null)
            .ToList();
        var positions = SeedPositions.Allocate(db, transaction, "dl_gallery_seeds", logId, afterSeedId, fresh.Count);
        var added = new List<GallerySeed>(fresh.Count);
        for (var index = 0; index < fresh.Count; index++)
        {
            var seed = fresh[index];
            var id = db.ExecuteScalar<long>(
                "INSERT INTO dl_gallery_seeds (log_id, position, url, status, note, created, modified, can_generate_more, referral, external_tags) " +
                "VALUES (@logId, @position, @Url, @status, @Note, @Created, @Modified, @more, @Referral, @tags) RETURNING seed_id",
                new { logId, position = positions[index], seed.Url, status = (long)seed.Status, seed.Note, seed.Created, seed.Modified, more = seed.CanGenerateMorePages ? 1 : 0, seed.Referral, tags = SeedRows.TagsJson(seed.ExternalTags) },
                transaction);
            added.Add(seed with { Id = id });
        }

        return added;
    });

    public GallerySeed? NextPending(long logId) => database.Read(db =>
        db.QueryFirstOrDefault<SeedRows.GallerySeedRow>($"SELECT {Columns} FROM dl_gallery_seeds WHERE log_id = @logId AND status = 0 ORDER BY position LIMIT 1", new { logId })) is { } row
        ? SeedRows.ToSeed(row)
        : null;

    public void Update(GallerySeed seed) => database.Write((db, transaction) =>
        db.Execute("UPDATE dl_gallery_seeds SET status = @status, note = @Note, modified = @Modified WHERE seed_id = @Id", new { status = (long)seed.Status, seed.Note, seed.Modified, seed.Id }, transaction));

    public IReadOnlyList<GallerySeed> All(long logId) => database.Read(db =>
        db.Query<SeedRows.GallerySeedRow>($"SELECT {Columns} FROM dl_gallery_seeds WHERE log_id = @logId ORDER BY position", new { logId }).Select(SeedRows.ToSeed).ToList());

    /// <summary>Vetoes every pending seed with <paramref name="note"/> (a sync that stopped early).</summary>
    public int VetoPending(long logId, string note, long now) => database.Write((db, transaction) =>
        db.Execute("UPDATE dl_gallery_seeds SET status = 8, note = @note, modified = @now WHERE log_id = @logId AND status = 0", new { logId, note, now }, transaction));
}
