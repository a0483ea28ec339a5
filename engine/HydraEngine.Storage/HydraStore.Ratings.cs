using HydraEngine.Storage.Files;
using HydraEngine.Storage.Ratings;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage;

/// <summary>hydrus's local rating services: numerical (1 to N stars), like/dislike and inc/dec.</summary>
public sealed partial class HydraStore
{
    /// <summary>
    /// Adds a rating service: <see cref="ServiceType.LocalRatingNumerical"/> needs <paramref name="maxStars"/> (1 to 20),
    /// the like/dislike and inc/dec kinds take none.
    /// </summary>
    public RatingService AddRatingService(string name, ServiceType type, int? maxStars = null)
    {
        if (type == ServiceType.LocalRatingNumerical != maxStars is not null)
        {
            throw new StoreException(maxStars is null ? "a numerical rating service needs a number of stars" : "only a numerical rating service has stars");
        }

        if (maxStars is < 1 or > 20)
        {
            throw new StoreException($"a numerical rating service has 1 to 20 stars, not {maxStars}");
        }

        if (!new StoreService(0, name, type).IsRatingService)
        {
            throw new StoreException($"{type} is not a rating service type");
        }

        var service = parts.Services.Add(name, type);
        using (var transaction = database.BeginWrite())
        {
            parts.Ratings.AddService(service.Id, maxStars);
            transaction.Complete();
        }

        return new RatingService(service, maxStars);
    }

    /// <summary>Every rating service, in the order they were added.</summary>
    public IReadOnlyList<RatingService> RatingServices() =>
        parts.Services.All.Where(service => service.IsRatingService).Select(RatingServiceOf).ToList();

    /// <summary>Sets a stored value (see <see cref="FileRating"/>) on each file, or clears it with null; files must be known to the store.</summary>
    public void SetRating(IEnumerable<FileHash> hashes, string service, double? value)
    {
        var serviceId = parts.Services.RatingService(service).Id;
        var hashIds = hashes.Select(RequireHashId).ToList();
        using var transaction = database.BeginWrite();
        parts.Ratings.Set(serviceId, hashIds, value);
        transaction.Complete();
    }

    /// <summary>The file's ratings, one per service that rated it.</summary>
    public IReadOnlyList<FileRating> RatingsOf(FileHash hash) =>
        parts.HashIds.Find(hash) is { } hashId
            ? parts.Ratings.Of(hashId).Select(row => new FileRating(RatingServiceOf(parts.Services.Get(row.ServiceId)), row.Rating)).ToList()
            : [];

    private RatingService RatingServiceOf(StoreService service) => new(service, parts.Ratings.MaxStarsOf(service.Id));
}
