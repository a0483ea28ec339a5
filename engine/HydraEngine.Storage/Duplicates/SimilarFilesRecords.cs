using HydraEngine.Imaging.Perceptual;
using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// The similar-files tables: a file's perceptual hashes and pixel hash, the search cache (a file is "in the
/// similar-files system" when it has a cache row; −1 = never searched) and which files the hasher has checked.
/// </summary>
internal sealed class SimilarFilesRecords(StoreDatabase database)
{
    public const int NeverSearched = -1;

    /// <summary>Stores a file's hashes (replacing earlier ones) and queues it for a fresh search.</summary>
    public void Write(long hashId, ImageHashes hashes)
    {
        database.Execute("DELETE FROM shape_perceptual_hash_map WHERE hash_id = @hashId", new { hashId });
        foreach (var phash in hashes.PerceptualHashes)
        {
            var value = unchecked((long)phash);
            database.Execute("INSERT OR IGNORE INTO shape_perceptual_hashes (phash) VALUES (@value)", new { value });
            database.Execute(
                "INSERT OR IGNORE INTO shape_perceptual_hash_map (phash_id, hash_id) SELECT phash_id, @hashId FROM shape_perceptual_hashes WHERE phash = @value",
                new { value, hashId });
        }

        database.Execute("INSERT OR IGNORE INTO pixel_hashes (pixel_hash) VALUES (@PixelHash)", new { hashes.PixelHash });
        database.Execute(
            "INSERT OR REPLACE INTO pixel_hash_map (hash_id, pixel_hash_id) SELECT @hashId, pixel_hash_id FROM pixel_hashes WHERE pixel_hash = @PixelHash",
            new { hashId, hashes.PixelHash });
        MarkChecked(hashId, "hashed");
        database.Execute("INSERT OR REPLACE INTO shape_search_cache (hash_id, searched_distance) VALUES (@hashId, @NeverSearched)", new { hashId, NeverSearched });
    }

    /// <summary>Records that the hasher looked at a file (and why it has no hashes, if it has none).</summary>
    public void MarkChecked(long hashId, string outcome) =>
        database.Execute("INSERT OR REPLACE INTO similar_files_checked (hash_id, outcome) VALUES (@hashId, @outcome)", new { hashId, outcome });

    public bool IsInSystem(long hashId) =>
        database.ExecuteScalar<long>("SELECT COUNT(*) FROM shape_search_cache WHERE hash_id = @hashId", new { hashId }) > 0;

    public void ResetSearch(IEnumerable<long> hashIds)
    {
        foreach (var hashId in hashIds)
        {
            database.Execute("UPDATE shape_search_cache SET searched_distance = @NeverSearched WHERE hash_id = @hashId", new { hashId, NeverSearched });
        }
    }

    public void MarkSearched(long hashId, int distance) =>
        database.Execute("UPDATE shape_search_cache SET searched_distance = @distance WHERE hash_id = @hashId", new { hashId, distance });

    /// <summary>Files whose last search was below <paramref name="distance"/>, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<long> FilesToSearch(int distance, int limit) =>
        database.Query<long>("SELECT hash_id FROM shape_search_cache WHERE searched_distance < @distance ORDER BY hash_id LIMIT @limit", new { distance, limit }).ToList();

    public long CountToSearch(int distance) =>
        database.ExecuteScalar<long>("SELECT COUNT(*) FROM shape_search_cache WHERE searched_distance < @distance", new { distance });

    /// <summary>A fingerprint of both hash maps (row counts and a checksum of their pairs and widths): it changes when any file's hashes do.</summary>
    public string Fingerprint() =>
        database.ExecuteScalar<string>("""
            SELECT (SELECT COUNT(*) || ':' || IFNULL(SUM((hash_id * 1000003 + phash_id) % 1000000007), 0) FROM shape_perceptual_hash_map)
                || '/' || (SELECT COUNT(*) || ':' || IFNULL(SUM((m.hash_id * 1000003 + m.pixel_hash_id * 7919 + IFNULL(i.width, 0)) % 1000000007), 0)
                           FROM pixel_hash_map AS m LEFT JOIN files_info AS i USING (hash_id))
            """)!;

    /// <summary>Every (phash, file) row, for building the in-memory index.</summary>
    public IEnumerable<(ulong Phash, long HashId)> AllPerceptualHashes() =>
        database.Query<(long Phash, long HashId)>("SELECT phash, hash_id FROM shape_perceptual_hash_map JOIN shape_perceptual_hashes USING (phash_id)")
            .Select(row => (unchecked((ulong)row.Phash), row.HashId));

    /// <summary>
    /// The files themselves, their pixel duplicates (same pixel hash and width) and every file with a perceptual hash
    /// within <paramref name="distance"/> of theirs: hydrus's <c>system:similar to</c>. A scan over the stored hashes.
    /// </summary>
    public IReadOnlyCollection<long> SimilarTo(IEnumerable<long> hashIds, int distance)
    {
        var sources = hashIds.ToHashSet();
        var found = new HashSet<long>(sources);
        var wanted = sources.SelectMany(PerceptualHashesOf).ToHashSet();
        foreach (var hashId in sources)
        {
            found.UnionWith(PixelDuplicatesOf(hashId));
        }

        if (wanted.Count > 0)
        {
            foreach (var (phash, hashId) in AllPerceptualHashes())
            {
                if (wanted.Any(query => System.Numerics.BitOperations.PopCount(query ^ phash) <= distance))
                {
                    found.Add(hashId);
                }
            }
        }

        return found;
    }

    /// <summary>The file's pixel hash, or null when it has none.</summary>
    public byte[]? PixelHashOf(long hashId) =>
        database.Query<byte[]>("SELECT pixel_hash FROM pixel_hash_map JOIN pixel_hashes USING (pixel_hash_id) WHERE hash_id = @hashId", new { hashId }).FirstOrDefault();

    public IReadOnlyList<ulong> PerceptualHashesOf(long hashId) =>
        database.Query<long>("SELECT phash FROM shape_perceptual_hash_map JOIN shape_perceptual_hashes USING (phash_id) WHERE hash_id = @hashId", new { hashId })
            .Select(value => unchecked((ulong)value)).ToList();

    /// <summary>Other files with the same pixel hash and the same width (hydrus's "pixel duplicates").</summary>
    public IReadOnlyList<long> PixelDuplicatesOf(long hashId) =>
        database.Query<long>("""
            SELECT other.hash_id FROM pixel_hash_map AS mine
            JOIN pixel_hash_map AS other ON other.pixel_hash_id = mine.pixel_hash_id AND other.hash_id != mine.hash_id
            JOIN files_info AS mine_info ON mine_info.hash_id = mine.hash_id
            JOIN files_info AS other_info ON other_info.hash_id = other.hash_id AND other_info.width IS mine_info.width
            WHERE mine.hash_id = @hashId
            """, new { hashId }).ToList();

    /// <summary>Every set of two or more files sharing a pixel hash and a width (hydrus's pixel duplicates).</summary>
    public IReadOnlyList<long[]> PixelDuplicateGroups() =>
        database.Query<(long PixelHashId, long? Width, long HashId)>("""
            SELECT m.pixel_hash_id, i.width, m.hash_id FROM pixel_hash_map AS m JOIN files_info AS i USING (hash_id)
            WHERE m.pixel_hash_id IN (SELECT pixel_hash_id FROM pixel_hash_map GROUP BY pixel_hash_id HAVING COUNT(*) > 1)
            """).GroupBy(row => (row.PixelHashId, row.Width)).Where(group => group.Count() > 1).Select(group => group.Select(row => row.HashId).ToArray()).ToList();

    /// <summary>Stored files of a hashable type the hasher has not checked yet.</summary>
    public IReadOnlyList<(long HashId, int Mime)> Unchecked(IReadOnlyCollection<int> mimes, int limit) =>
        database.Query<(long, int)>($"""
            SELECT files_info.hash_id, files_info.mime FROM files_info
            WHERE files_info.mime IN ({string.Join(",", mimes)})
              AND NOT EXISTS (SELECT 1 FROM similar_files_checked AS c WHERE c.hash_id = files_info.hash_id)
              AND EXISTS (SELECT 1 FROM current_files AS f WHERE f.hash_id = files_info.hash_id)
            ORDER BY files_info.hash_id LIMIT @limit
            """, new { limit }).ToList();
}
