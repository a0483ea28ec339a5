using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Ratings;

/// <summary>Local rating services: adding them, rating files, clearing and reading ratings back.</summary>
public sealed class RatingTests
{
    [Fact]
    public void Given_rating_services_then_they_are_listed_with_their_stars()
    {
        using var temp = new TempStore();
        temp.Store.AddRatingService("favourites", ServiceType.LocalRatingLike);
        temp.Store.AddRatingService("quality", ServiceType.LocalRatingNumerical, maxStars: 5);

        var services = temp.Store.RatingServices();

        services.Select(service => (service.Name, service.MaxStars)).ShouldBe([("favourites", (int?)null), ("quality", 5)]);
        temp.Store.Services.Single(service => service.Name == "quality").IsFileService.ShouldBeFalse();
    }

    [Theory]
    [InlineData(ServiceType.LocalRatingNumerical, null)]
    [InlineData(ServiceType.LocalRatingNumerical, 21)]
    [InlineData(ServiceType.LocalRatingLike, 5)]
    [InlineData(ServiceType.LocalTag, null)]
    public void Given_bad_settings_then_the_service_is_refused(ServiceType type, int? stars)
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.AddRatingService("bad", type, stars));

        temp.Store.Services.ShouldNotContain(service => service.Name == "bad");
    }

    [Fact]
    public void Given_a_rating_then_it_is_read_back_and_can_be_cleared()
    {
        using var temp = new TempStore();
        temp.Store.AddRatingService("quality", ServiceType.LocalRatingNumerical, maxStars: 5);
        var hash = temp.ImportPng(new ImportOptions());

        temp.Store.SetRating([hash], "quality", 0.6);
        var rating = temp.Store.RatingsOf(hash).ShouldHaveSingleItem();
        rating.Stars.ShouldBe(3);

        temp.Store.SetRating([hash], "quality", 0.8);
        temp.Store.RatingsOf(hash).ShouldHaveSingleItem().Stars.ShouldBe(4);

        temp.Store.SetRating([hash], "quality", null);
        temp.Store.RatingsOf(hash).ShouldBeEmpty();
    }

    [Fact]
    public void Given_an_unknown_service_or_file_then_nothing_is_rated()
    {
        using var temp = new TempStore();
        temp.Store.AddRatingService("favourites", ServiceType.LocalRatingLike);
        var hash = temp.ImportPng(new ImportOptions());

        Should.Throw<StoreException>(() => temp.Store.SetRating([hash], "my tags", 1.0));
        Should.Throw<StoreException>(() => temp.Store.SetRating([hash, FileHash.Parse(new string('a', 64))], "favourites", 1.0));

        temp.Store.RatingsOf(hash).ShouldBeEmpty();
    }
}
