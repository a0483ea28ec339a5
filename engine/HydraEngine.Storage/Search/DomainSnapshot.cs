using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Search;

/// <summary>
/// The import times of every file in one file service, in memory (indexed by hash id), so a tag-driven search
/// can filter to the domain and order newest-first without a per-row join and SQL sort.
/// </summary>
internal sealed class DomainSnapshot
{
    private const long Absent = long.MinValue;

    private readonly long[] timestamps;

    /// <summary>Import times never decrease as hash ids grow (the usual case: ids are handed out at import).</summary>
    private readonly bool monotonic;

    private DomainSnapshot(long[] timestamps, bool monotonic)
    {
        this.timestamps = timestamps;
        this.monotonic = monotonic;
    }

    public static DomainSnapshot Load(StoreDatabase database, int serviceId)
    {
        var maxHashId = database.ExecuteScalar<long?>("SELECT MAX(hash_id) FROM hashes") ?? 0;
        var timestamps = new long[maxHashId + 1];
        Array.Fill(timestamps, Absent);
        using var rows = new RawStatement(database.Connection, $"SELECT hash_id, timestamp_ms FROM current_files WHERE service_id = {serviceId} ORDER BY hash_id");
        var monotonic = true;
        var previous = long.MinValue;
        rows.ForEachInt64Pair((hashId, timestampMs) =>
        {
            timestamps[hashId] = timestampMs;
            monotonic &= timestampMs >= previous;
            previous = timestampMs;
        });
        return new DomainSnapshot(timestamps, monotonic);
    }

    /// <summary>Keeps the ids in the domain, ordered by import time (ties by id) in the given direction.</summary>
    public List<long> FilterAndSort(List<long> hashIds, bool descending, int? limit)
    {
        var keys = new List<long>(hashIds.Count);
        var kept = new List<long>(hashIds.Count);
        var ascending = true;
        foreach (var hashId in hashIds)
        {
            if (hashId < timestamps.Length && timestamps[hashId] != Absent)
            {
                ascending &= kept.Count == 0 || hashId > kept[^1];
                keys.Add(timestamps[hashId]);
                kept.Add(hashId);
            }
        }

        if (monotonic && ascending)
        {
            // Already in import-time order (ties by id): no sort needed.
            return Take(kept, descending, limit);
        }

        var keyArray = keys.ToArray();
        var idArray = kept.ToArray();
        Array.Sort(keyArray, idArray);
        SortTiesById(keyArray, idArray);
        if (descending)
        {
            Array.Reverse(idArray);
        }

        var count = Math.Min(idArray.Length, limit ?? int.MaxValue);
        return [.. idArray.AsSpan(0, count)];
    }

    private static List<long> Take(List<long> ordered, bool descending, int? limit)
    {
        var count = Math.Min(ordered.Count, limit ?? int.MaxValue);
        if (!descending)
        {
            return ordered.GetRange(0, count);
        }

        var result = new List<long>(count);
        for (var index = ordered.Count - 1; index >= ordered.Count - count; index--)
        {
            result.Add(ordered[index]);
        }

        return result;
    }

    private static void SortTiesById(long[] keys, long[] ids)
    {
        var start = 0;
        while (start < keys.Length)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(ids, start, end - start);
            }

            start = end;
        }
    }
}
