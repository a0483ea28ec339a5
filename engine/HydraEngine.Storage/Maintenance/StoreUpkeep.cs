using Dapper;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Maintenance;

/// <summary>
/// Bounded slices of upkeep on one store: statistics for the query planner, freeing pages, checking stored files
/// and filling in media facts that were not read at import. Each slice touches at most the count it is given.
/// </summary>
internal sealed class StoreUpkeep(StoreDatabase database, FileLayout layout)
{
    private static readonly FileMime[] Probed =
        [FileMime.ImagePng, FileMime.ImageGif, FileMime.ImageJpeg, FileMime.ImageWebp, FileMime.ImageBmp, FileMime.VideoMp4, FileMime.VideoMov];

    public IReadOnlyList<string> Tables() =>
        database.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").ToList();

    /// <summary>ANALYZEs <paramref name="table"/> when its row count moved by <paramref name="ratio"/> (and at least <paramref name="minimumRows"/>) since the last statistics.</summary>
    public bool AnalyzeIfChanged(string table, double ratio, long minimumRows)
    {
        var quoted = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var rows = database.ExecuteScalar<long>($"SELECT COUNT(*) FROM {quoted}");
        var hasStatistics = database.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") > 0;
        var stat = hasStatistics ? database.ExecuteScalar<string?>("SELECT stat FROM sqlite_stat1 WHERE tbl = @table LIMIT 1", new { table }) : null;
        var known = stat is not null && long.TryParse(stat.Split(' ')[0], out var counted) ? counted : 0;
        var change = Math.Abs(rows - known);
        if (change < minimumRows || change < ratio * Math.Max(known, 1))
        {
            return false;
        }

        database.Execute($"ANALYZE {quoted}");
        return true;
    }

    /// <summary>Frees up to <paramref name="pages"/> free pages when the database is in incremental auto-vacuum mode; returns how many were free before.</summary>
    public long IncrementalVacuum(int pages)
    {
        if (database.ExecuteScalar<long>("PRAGMA auto_vacuum") != 2)
        {
            return 0;
        }

        var free = database.ExecuteScalar<long>("PRAGMA freelist_count");
        if (free > 0)
        {
            database.Query<long>($"PRAGMA incremental_vacuum({pages})").ToList();
        }

        return free;
    }

    public FileCheckSlice CheckFiles(long afterHashId, int count, bool verifyHashes)
    {
        var rows = StoredAfter(afterHashId, count, "1 = 1");
        var problems = new List<FileProblem>();
        foreach (var (hashId, file) in rows)
        {
            var path = layout.PathOf(file.Hash, file.Mime);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problems.Add(new FileProblem(file.Hash, path, "file is missing"));
            }
            else if (info.Length != file.Size)
            {
                problems.Add(new FileProblem(file.Hash, path, $"file has {info.Length} bytes; the database says {file.Size}"));
            }
            else if (verifyHashes && !IntegrityChecker.HashMatches(path, file.Hash))
            {
                problems.Add(new FileProblem(file.Hash, path, "file bytes do not hash to its SHA-256"));
            }
        }

        return new FileCheckSlice(rows.Count == 0 ? 0 : rows[^1].HashId, rows.Count, problems);
    }

    public MetadataSlice RegenerateMissingMetadata(long afterHashId, int count)
    {
        var rows = StoredAfter(afterHashId, count, $"i.width IS NULL AND i.mime IN ({string.Join(", ", Probed.Select(mime => (int)mime))})");
        var regenerated = 0;
        foreach (var (hashId, file) in rows)
        {
            var path = layout.PathOf(file.Hash, file.Mime);
            if (!File.Exists(path))
            {
                continue;
            }

            var (_, media) = MediaProbe.Probe(path, file.Mime);
            if (media.Width is not null)
            {
                database.Execute(
                    "UPDATE files_info SET width = @Width, height = @Height, duration_ms = @DurationMs, num_frames = @NumFrames WHERE hash_id = @hashId",
                    new { media.Width, media.Height, media.DurationMs, media.NumFrames, hashId });
                regenerated++;
            }
        }

        return new MetadataSlice(rows.Count == 0 ? 0 : rows[^1].HashId, rows.Count, regenerated);
    }

    private List<(long HashId, StoredFile File)> StoredAfter(long afterHashId, int count, string condition) =>
        database.Query<(long HashId, byte[] Hash, long Size, long Mime)>(
            $"""
            SELECT f.hash_id, h.hash, i.size, i.mime FROM current_files f
            JOIN hashes h ON h.hash_id = f.hash_id
            JOIN files_info i ON i.hash_id = f.hash_id
            WHERE f.service_id = {ServiceCatalog.AllLocalFilesId} AND f.hash_id > @afterHashId AND {condition}
            ORDER BY f.hash_id LIMIT @count
            """,
            new { afterHashId, count })
            .Select(row => (row.HashId, new StoredFile(FileHash.FromBytes(row.Hash), row.Size, (FileMime)row.Mime)))
            .ToList();
}

/// <summary>One slice of file checks: where the next starts (0 when the store was walked to its end), how many were checked, what was wrong.</summary>
public sealed record FileCheckSlice(long NextHashId, int Checked, IReadOnlyList<FileProblem> Problems);

/// <summary>One slice of metadata regeneration: where the next starts (0 at the end), files examined, files whose facts were filled in.</summary>
public sealed record MetadataSlice(long NextHashId, int Examined, int Regenerated);
