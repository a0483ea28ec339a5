using Dapper;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Downloading.State;

/// <summary>Where new seeds go in a log: at the end, or right after a given seed (before the one that followed it).</summary>
internal static class SeedPositions
{
    public static IReadOnlyList<double> Allocate(SqliteConnection db, SqliteTransaction transaction, string table, long logId, long? afterSeedId, int count)
    {
        if (count == 0)
        {
            return [];
        }

        if (afterSeedId is { } after)
        {
            var start = db.ExecuteScalar<double?>($"SELECT position FROM {table} WHERE seed_id = @after AND log_id = @logId", new { after, logId }, transaction);
            if (start is { } from)
            {
                var to = db.ExecuteScalar<double?>($"SELECT MIN(position) FROM {table} WHERE log_id = @logId AND position > @from", new { logId, from }, transaction) ?? from + count + 1;
                var step = (to - from) / (count + 1);
                return Enumerable.Range(1, count).Select(index => from + (step * index)).ToList();
            }
        }

        var last = db.ExecuteScalar<double?>($"SELECT MAX(position) FROM {table} WHERE log_id = @logId", new { logId }, transaction) ?? 0;
        return Enumerable.Range(1, count).Select(index => Math.Floor(last) + index).ToList();
    }
}
