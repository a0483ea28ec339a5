using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Ratings;

/// <summary>A rating service: its service row and, for a numerical service, how many stars it has.</summary>
public sealed record RatingService(StoreService Service, int? MaxStars)
{
    public string Name => Service.Name;

    public ServiceType Type => Service.Type;
}

/// <summary>
/// A file's rating in one service, as hydrus stores it: like 1.0 (like) or 0.0 (dislike), numerical stars ÷ max
/// stars, inc/dec the count.
/// </summary>
public sealed record FileRating(RatingService Service, double Value)
{
    /// <summary>A numerical rating as a whole number of stars.</summary>
    public int Stars => (int)Math.Round(Value * (Service.MaxStars ?? 1));
}
