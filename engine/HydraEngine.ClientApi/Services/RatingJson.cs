using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Http;
using HydraEngine.Storage.Ratings;
using HydraEngine.Storage.Services;

namespace HydraEngine.ClientApi.Services;

/// <summary>
/// Ratings as hydrus's API shows and takes them: like/dislike true/false/null, numerical a whole number of stars or
/// null, inc/dec a whole number (never null); rating services carry their star settings in service lists.
/// </summary>
internal static class RatingJson
{
    /// <summary>A file's rating in <paramref name="service"/> for <c>file_metadata</c>'s <c>ratings</c> (no row: not rated).</summary>
    public static JsonNode? Value(RatingService service, FileRating? rating) => service.Type switch
    {
        ServiceType.LocalRatingLike => rating is null ? null : JsonValue.Create(rating.Value >= 0.5),
        ServiceType.LocalRatingNumerical => rating is null ? null : JsonValue.Create(rating.Stars),
        _ => JsonValue.Create(rating is null ? 0 : (long)rating.Value),
    };

    /// <summary>The value to store for <c>set_rating</c>'s <c>rating</c>, null to clear; hydrus's 400s for the wrong kind of value.</summary>
    public static double? Stored(RatingService service, JsonNode? rating)
    {
        if (rating is null)
        {
            return service.Type == ServiceType.LocalRatingIncDec ? throw ApiException.BadRequest("Sorry, this service does not allow a null rating!") : null;
        }

        var value = rating as JsonValue;
        if (service.Type == ServiceType.LocalRatingLike)
        {
            return value is not null && value.TryGetValue<bool>(out var like) ? (like ? 1.0 : 0.0) : throw ApiException.BadRequest("Sorry, this service expects a \"bool\" rating!");
        }

        if (value is null || !value.TryGetValue<long>(out var number))
        {
            throw ApiException.BadRequest("Sorry, this service expects a \"int\" rating!");
        }

        if (service.Type == ServiceType.LocalRatingIncDec)
        {
            return Math.Max(0, number);
        }

        var maxStars = service.MaxStars ?? 1;
        return number >= 1 && number <= maxStars
            ? (double)number / maxStars
            : throw ApiException.BadParameter("rating", $"is {number}; this service rates from 1 to {maxStars} stars");
    }

    /// <summary>Adds hydrus's rating fields to a service entry of <c>services</c>/<c>services_v2</c>.</summary>
    public static void AddDetails(JsonObject entry, RatingService service)
    {
        entry["show_in_thumbnail"] = false;
        entry["show_in_thumbnail_even_when_null"] = false;
        if (service.Type != ServiceType.LocalRatingIncDec)
        {
            entry["star_shape"] = "circle";
        }

        if (service.MaxStars is { } maxStars)
        {
            entry["allows_zero"] = false;
            entry["min_stars"] = 1;
            entry["max_stars"] = maxStars;
        }
    }
}
