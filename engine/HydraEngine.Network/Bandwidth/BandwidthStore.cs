using HydraEngine.Model.Network;
using HydraEngine.Network.State;

namespace HydraEngine.Network.Bandwidth;

/// <summary>Saves and loads trackers in <c>net_bandwidth</c>, one row per bucket.</summary>
internal sealed class BandwidthStore(StateDatabase database)
{
    public Dictionary<string, BandwidthTracker> LoadAll() => database.Read(connection =>
    {
        var trackers = new Dictionary<string, BandwidthTracker>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT context, bandwidth_type, bucket_size, bucket, value FROM net_bandwidth";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var context = reader.GetString(0);
            if (!trackers.TryGetValue(context, out var tracker))
            {
                trackers[context] = tracker = new BandwidthTracker();
            }

            tracker.Load((BandwidthType)reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetInt64(4));
        }

        return trackers;
    });

    /// <summary>Replaces the saved buckets of each given context with its current ones.</summary>
    public void Save(IReadOnlyList<(string Context, IReadOnlyList<(BandwidthType Type, int Size, long Bucket, long Value)> Buckets)> contexts) =>
        database.Write((connection, transaction) =>
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM net_bandwidth WHERE context = $context";
            var deleteContext = delete.Parameters.Add("$context", Microsoft.Data.Sqlite.SqliteType.Text);
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO net_bandwidth (context, bandwidth_type, bucket_size, bucket, value) VALUES ($context, $type, $size, $bucket, $value)";
            var context = insert.Parameters.Add("$context", Microsoft.Data.Sqlite.SqliteType.Text);
            var type = insert.Parameters.Add("$type", Microsoft.Data.Sqlite.SqliteType.Integer);
            var size = insert.Parameters.Add("$size", Microsoft.Data.Sqlite.SqliteType.Integer);
            var bucket = insert.Parameters.Add("$bucket", Microsoft.Data.Sqlite.SqliteType.Integer);
            var value = insert.Parameters.Add("$value", Microsoft.Data.Sqlite.SqliteType.Integer);
            foreach (var (name, buckets) in contexts)
            {
                deleteContext.Value = name;
                delete.ExecuteNonQuery();
                context.Value = name;
                foreach (var row in buckets)
                {
                    type.Value = (int)row.Type;
                    size.Value = row.Size;
                    bucket.Value = row.Bucket;
                    value.Value = row.Value;
                    insert.ExecuteNonQuery();
                }
            }
        });
}
