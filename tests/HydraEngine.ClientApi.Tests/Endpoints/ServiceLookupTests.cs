using System.Net;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Services;
using HydraEngine.ClientApi.Tests.Support;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary><c>/get_service</c> by key or name, and <c>/manage_database/get_client_options</c>.</summary>
public sealed class ServiceLookupTests : IAsyncLifetime
{
    private ApiHost host = null!;

    public async Task InitializeAsync() => host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_service_is_found_by_key()
    {
        using var response = await host.GetAsync($"/get_service?service_key={ApiServicesKeys.MyTags}", host.Key(ClientApiPermission.AddTags));

        var service = (await ApiHost.JsonOf(response))["service"]!;
        service["name"]!.GetValue<string>().ShouldBe("my tags");
        service["type"]!.GetValue<int>().ShouldBe(5);
        service["service_key"]!.GetValue<string>().ShouldBe(ApiServicesKeys.MyTags);
    }

    [Fact]
    public async Task A_service_is_found_by_name()
    {
        using var response = await host.GetAsync("/get_service?service_name=my%20files", host.Key(ClientApiPermission.SearchFiles));

        (await ApiHost.JsonOf(response))["service"]!["service_key"]!.GetValue<string>().ShouldBe(ApiServicesKeys.MyFiles);
    }

    [Theory]
    [InlineData("?service_name=nothing%20like%20it", HttpStatusCode.NotFound)]
    [InlineData("?service_key=00ff", HttpStatusCode.NotFound)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task Unknown_or_missing_services_are_refused(string query, HttpStatusCode expected)
    {
        using var response = await host.GetAsync("/get_service" + query, host.Key(ClientApiPermission.SearchFiles));

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Client_options_carry_namespace_colours_sorts_and_services()
    {
        using var response = await host.GetAsync("/manage_database/get_client_options", host.Key(ClientApiPermission.ManageDatabase));

        var body = await ApiHost.JsonOf(response);
        body["old_options"]!["namespace_colours"]!["character"]!.AsArray().Select(node => node!.GetValue<int>()).ShouldBe([0, 170, 0]);
        body["options"]!["default_sort"]!["sort_type"]!.GetValue<int>().ShouldBe(2);
        body["options"]!["default_local_location_context"]!["current_service_keys"]![0]!.GetValue<string>().ShouldBe(ApiServicesKeys.MyFiles);
        body["services"]!.AsObject().ContainsKey(ApiServicesKeys.MyTags).ShouldBeTrue();
    }
}
