namespace HydraEngine.Storage.Database.Migrations;

/// <summary>
/// hydrus's similar-files and duplicates tables: perceptual hashes and pixel hashes per file, the search cache,
/// potential pairs between duplicate groups (media ids), duplicate groups with their King, alternate groups,
/// confirmed alternate pairs and false positives between alternate groups. Files stored earlier get their hashes
/// from the similar-files maintenance job (<c>similar_files_checked</c> lists the files it has looked at).
/// </summary>
internal sealed class M0008Duplicates : IMigration
{
    public int Version => 8;

    public string Name => "duplicates";

    public void Apply(StoreDatabase database)
    {
        database.Execute("""
            CREATE TABLE shape_perceptual_hashes (
              phash_id INTEGER PRIMARY KEY,
              phash INTEGER NOT NULL UNIQUE);
            CREATE TABLE shape_perceptual_hash_map (
              phash_id INTEGER NOT NULL,
              hash_id INTEGER NOT NULL,
              PRIMARY KEY (phash_id, hash_id)) WITHOUT ROWID;
            CREATE INDEX shape_perceptual_hash_map_hash_id ON shape_perceptual_hash_map (hash_id);

            CREATE TABLE pixel_hashes (
              pixel_hash_id INTEGER PRIMARY KEY,
              pixel_hash BLOB NOT NULL UNIQUE);
            CREATE TABLE pixel_hash_map (
              hash_id INTEGER PRIMARY KEY,
              pixel_hash_id INTEGER NOT NULL);
            CREATE INDEX pixel_hash_map_pixel_hash_id ON pixel_hash_map (pixel_hash_id);

            CREATE TABLE similar_files_checked (
              hash_id INTEGER PRIMARY KEY,
              outcome TEXT NOT NULL);

            CREATE TABLE shape_search_cache (
              hash_id INTEGER PRIMARY KEY,
              searched_distance INTEGER NOT NULL);
            CREATE INDEX shape_search_cache_distance ON shape_search_cache (searched_distance);

            CREATE TABLE potential_duplicate_pairs (
              smaller_media_id INTEGER NOT NULL,
              larger_media_id INTEGER NOT NULL,
              distance INTEGER NOT NULL,
              PRIMARY KEY (smaller_media_id, larger_media_id)) WITHOUT ROWID;
            CREATE INDEX potential_duplicate_pairs_larger ON potential_duplicate_pairs (larger_media_id);

            CREATE TABLE duplicate_files (
              media_id INTEGER PRIMARY KEY,
              king_hash_id INTEGER NOT NULL UNIQUE);
            CREATE TABLE duplicate_file_members (
              media_id INTEGER NOT NULL,
              hash_id INTEGER NOT NULL UNIQUE);
            CREATE INDEX duplicate_file_members_media_id ON duplicate_file_members (media_id);

            CREATE TABLE alternate_file_groups (
              alternates_group_id INTEGER PRIMARY KEY);
            CREATE TABLE alternate_file_group_members (
              alternates_group_id INTEGER NOT NULL,
              media_id INTEGER NOT NULL UNIQUE);
            CREATE INDEX alternate_file_group_members_group ON alternate_file_group_members (alternates_group_id);

            CREATE TABLE confirmed_alternate_pairs (
              smaller_media_id INTEGER NOT NULL,
              larger_media_id INTEGER NOT NULL,
              PRIMARY KEY (smaller_media_id, larger_media_id)) WITHOUT ROWID;

            CREATE TABLE duplicate_false_positives (
              smaller_alternates_group_id INTEGER NOT NULL,
              larger_alternates_group_id INTEGER NOT NULL,
              PRIMARY KEY (smaller_alternates_group_id, larger_alternates_group_id)) WITHOUT ROWID;
            CREATE INDEX duplicate_false_positives_larger ON duplicate_false_positives (larger_alternates_group_id);
            """);
    }
}
