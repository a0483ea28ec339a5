using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Services;
using HydraEngine.ClientApi.Tests.Support;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary><c>/edit_ratings/set_rating</c>: hydrus's checks; the store has no rating services, so no key is one.</summary>
public sealed class SetRatingTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private string hash = "";

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.EditRatings);
        hash = host.Store.Import(TestImages.Png(host.Folder, 8, 8, 12)).Hash.ToHex();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_tag_service_is_not_a_rating_service()
    {
        using var response = await host.PostAsync("/edit_ratings/set_rating", new JsonObject { ["rating_service_key"] = ApiServicesKeys.MyTags, ["hash"] = hash, ["rating"] = true }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain("not a rating service");
    }

    [Fact]
    public async Task An_unknown_rating_service_is_404()
    {
        using var response = await host.PostAsync("/edit_ratings/set_rating", new JsonObject { ["rating_service_key"] = "0123abcd", ["hash"] = hash, ["rating"] = 3 }, key);

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
}
