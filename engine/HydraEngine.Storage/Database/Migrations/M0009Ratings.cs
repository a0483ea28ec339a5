namespace HydraEngine.Storage.Database.Migrations;

/// <summary>
/// hydrus's local ratings: a rating service is a row of <c>services</c> (types 6 numerical, 7 like/dislike,
/// 22 inc/dec) with its star count in <c>rating_services</c>; <c>local_ratings</c> holds one value per file and
/// service as hydrus stores it (like 0 or 1, numerical stars ÷ max stars, inc/dec the count). No row: not rated.
/// </summary>
internal sealed class M0009Ratings : IMigration
{
    public int Version => 9;

    public string Name => "ratings";

    public void Apply(StoreDatabase database)
    {
        database.Execute("""
            CREATE TABLE rating_services (
              service_id INTEGER PRIMARY KEY,
              max_stars INTEGER);
            CREATE TABLE local_ratings (
              service_id INTEGER NOT NULL,
              hash_id INTEGER NOT NULL,
              rating REAL NOT NULL,
              PRIMARY KEY (service_id, hash_id)) WITHOUT ROWID;
            CREATE INDEX local_ratings_hash_id ON local_ratings (hash_id);
            """);
    }
}
