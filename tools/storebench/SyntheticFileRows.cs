using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using Microsoft.Data.Sqlite;

namespace HydraEngine.StoreBench;

/// <summary>
/// Inserts synthetic file rows (as an import would record them, minus the bytes on disk) straight into the
/// store's tables. Setup for the benchmarks only: a real store gets these rows from imports.
/// </summary>
internal static class SyntheticFileRows
{
    /// <summary>Inserts <paramref name="count"/> files current in <paramref name="fileServiceIds"/>; returns their hashes.</summary>
    public static FileHash[] Insert(StoreLocation location, IReadOnlyList<int> fileServiceIds, int count, Random random)
    {
        var hashes = new FileHash[count];
        using var connection = new SqliteConnection($"Data Source={location.DatabasePath};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var hash = Command(connection, transaction, "INSERT INTO hashes (hash_id, hash) VALUES ($id, $hash)", "$id", "$hash");
        using var info = Command(connection, transaction, "INSERT INTO files_info (hash_id, size, mime, width, height) VALUES ($id, $size, $mime, $width, $height)", "$id", "$size", "$mime", "$width", "$height");
        using var current = Command(connection, transaction, "INSERT INTO current_files (service_id, hash_id, timestamp_ms) VALUES ($service, $id, $time)", "$service", "$id", "$time");
        using var inbox = Command(connection, transaction, "INSERT INTO file_inbox (hash_id) VALUES ($id)", "$id");
        var start = new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var bytes = new byte[FileHash.Length];
        for (var index = 0; index < count; index++)
        {
            long id = index + 1;
            random.NextBytes(bytes);
            hashes[index] = FileHash.FromBytes(bytes);
            Run(hash, id, bytes.Clone());
            Run(info, id, random.Next(20_000, 8_000_000), random.Next(4) == 0 ? (int)FileMime.ImagePng : (int)FileMime.ImageJpeg, random.Next(200, 4000), random.Next(200, 4000));
            var time = start + index * 60_000L;
            foreach (var service in fileServiceIds)
            {
                Run(current, service, id, time);
            }

            if (random.Next(2) == 0)
            {
                Run(inbox, id);
            }
        }

        transaction.Commit();
        return hashes;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var index = 0; index < values.Length; index++)
        {
            command.Parameters[index].Value = values[index];
        }

        command.ExecuteNonQuery();
    }
}
