using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Ratings;

/// <summary>Tables <c>rating_services</c> (stars per numerical service) and <c>local_ratings</c> (a value per file and service).</summary>
internal sealed class RatingTable
{
    private readonly StoreDatabase database;

    public RatingTable(StoreDatabase database)
    {
        this.database = database;
    }

    public void AddService(int serviceId, int? maxStars) =>
        database.Execute("INSERT INTO rating_services (service_id, max_stars) VALUES (@serviceId, @maxStars)", new { serviceId, maxStars });

    public int? MaxStarsOf(int serviceId) =>
        database.QuerySingleOrDefault<int?>("SELECT max_stars FROM rating_services WHERE service_id = @serviceId", new { serviceId });

    /// <summary>Sets (or, with null, clears) the rating of each file; call inside a write transaction.</summary>
    public void Set(int serviceId, IEnumerable<long> hashIds, double? value)
    {
        foreach (var hashId in hashIds)
        {
            database.Execute(
                value is null
                    ? "DELETE FROM local_ratings WHERE service_id = @serviceId AND hash_id = @hashId"
                    : "INSERT INTO local_ratings (service_id, hash_id, rating) VALUES (@serviceId, @hashId, @value) ON CONFLICT (service_id, hash_id) DO UPDATE SET rating = excluded.rating",
                new { serviceId, hashId, value });
        }
    }

    public IReadOnlyList<(int ServiceId, double Rating)> Of(long hashId) =>
        database.Query<(long ServiceId, double Rating)>("SELECT service_id, rating FROM local_ratings WHERE hash_id = @hashId", new { hashId })
            .Select(row => ((int)row.ServiceId, row.Rating)).ToList();
}
