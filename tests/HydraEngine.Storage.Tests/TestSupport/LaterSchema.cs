using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Tests.TestSupport;

/// <summary>Undoes the migrations after the ones a downgrade test removes by hand, so the store really is at the older version.</summary>
internal static class LaterSchema
{
    /// <summary>Drops what migration 8 (duplicates) adds and forgets that it ran.</summary>
    public static void DropDuplicates(StoreDatabase database)
    {
        var tables = database.Query<string>(
            """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (
              'shape_perceptual_hashes', 'shape_perceptual_hash_map', 'pixel_hashes', 'pixel_hash_map', 'similar_files_checked',
              'shape_search_cache', 'potential_duplicate_pairs', 'duplicate_files', 'duplicate_file_members', 'alternate_file_groups',
              'alternate_file_group_members', 'confirmed_alternate_pairs', 'duplicate_false_positives')
            """).ToList();
        foreach (var table in tables)
        {
            database.Execute($"DROP TABLE {table}");
        }

        database.Execute("DELETE FROM schema_migrations WHERE version = 8");
    }
}
