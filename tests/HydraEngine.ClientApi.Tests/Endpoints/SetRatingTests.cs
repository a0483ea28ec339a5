using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Services;
using HydraEngine.ClientApi.Tests.Services;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Services;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary><c>/edit_ratings/set_rating</c> on like/dislike, numerical and inc/dec services, read back through <c>file_metadata</c>.</summary>
public sealed class SetRatingTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private string hash = "";

    private static string Favourites => ApiServices.KeyOf("favourites");

    private static string Quality => ApiServices.KeyOf("quality");

    private static string Views => ApiServices.KeyOf("views");

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.EditRatings, ClientApiPermission.SearchFiles);
        hash = host.Store.Import(TestImages.Png(host.Folder, 8, 8, 12)).Hash.ToHex();
        host.Store.AddRatingService("favourites", ServiceType.LocalRatingLike);
        host.Store.AddRatingService("quality", ServiceType.LocalRatingNumerical, maxStars: 5);
        host.Store.AddRatingService("views", ServiceType.LocalRatingIncDec);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Unrated_files_show_null_and_zero()
    {
        var ratings = await Ratings();

        ratings[Favourites].ShouldBeNull();
        ratings[Quality].ShouldBeNull();
        ratings[Views]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Each_kind_of_rating_is_set_and_read_back()
    {
        (await Set(Favourites, true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Set(Quality, 4)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Set(Views, 7)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var ratings = await Ratings();

        ratings[Favourites]!.GetValue<bool>().ShouldBeTrue();
        ratings[Quality]!.GetValue<long>().ShouldBe(4);
        ratings[Views]!.GetValue<long>().ShouldBe(7);
    }

    [Fact]
    public async Task Null_clears_a_rating()
    {
        await Set(Quality, 2);

        (await Set(Quality, null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Ratings())[Quality].ShouldBeNull();
    }

    [Theory]
    [InlineData("favourites", "3", "bool")]
    [InlineData("quality", "true", "int")]
    [InlineData("quality", "6", "1 to 5")]
    [InlineData("views", "null", "null")]
    public async Task A_rating_of_the_wrong_kind_is_400(string service, string rating, string mentioned)
    {
        using var response = await Set(ApiServices.KeyOf(service), JsonNode.Parse(rating));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain(mentioned);
        (await Ratings())[Views]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Get_services_lists_rating_services_with_their_stars()
    {
        using var response = await host.GetAsync("/get_services", key);

        var quality = (await ApiHost.JsonOf(response))["services"]![Quality]!;
        quality["type"]!.GetValue<int>().ShouldBe(6);
        quality["max_stars"]!.GetValue<int>().ShouldBe(5);
    }

    [Fact]
    public async Task A_tag_service_is_not_a_rating_service()
    {
        using var response = await Set(ApiServicesKeys.MyTags, true);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain("not a rating service");
    }

    [Fact]
    public async Task An_unknown_rating_service_is_404()
    {
        using var response = await Set("0123abcd", 3);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_file_is_404()
    {
        using var response = await host.PostAsync("/edit_ratings/set_rating", new JsonObject { ["rating_service_key"] = Favourites, ["hash"] = new string('b', 64), ["rating"] = true }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"hash\":\"HASH\",\"rating\":1}", "rating_service_key")]
    [InlineData("{\"rating_service_key\":\"0123\",\"hash\":\"HASH\"}", "give a rating")]
    [InlineData("{\"rating_service_key\":\"0123\",\"rating\":1}", "file")]
    public async Task Missing_parameters_are_400(string body, string mentioned)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "edit_ratings/set_rating") { Content = new StringContent(body.Replace("HASH", hash, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Hydrus-Client-API-Access-Key", key);

        using var response = await host.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain(mentioned);
    }

    private Task<HttpResponseMessage> Set(string serviceKey, JsonNode? rating) =>
        host.PostAsync("/edit_ratings/set_rating", new JsonObject { ["rating_service_key"] = serviceKey, ["hash"] = hash, ["rating"] = rating }, key);

    private async Task<JsonObject> Ratings()
    {
        using var response = await host.GetAsync($"/get_files/file_metadata?hashes=[\"{hash}\"]", key);
        return (await ApiHost.JsonOf(response))["metadata"]![0]!["ratings"]!.AsObject();
    }
}
