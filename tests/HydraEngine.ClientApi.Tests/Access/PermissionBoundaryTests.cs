using System.Net;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;

namespace HydraEngine.ClientApi.Tests.Access;

/// <summary>Every endpoint that needs a key: 401 without one, 403 with an unknown one, 403 with one lacking its permission.</summary>
public sealed class PermissionBoundaryTests : IAsyncLifetime
{
    private ApiHost host = null!;

    public static TheoryData<string, string> GuardedEndpoints()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in EndpointCatalog.All.Where(endpoint => endpoint.Access.NeedsKey))
        {
            data.Add(endpoint.Method, endpoint.Path);
        }

        return data;
    }

    public static TheoryData<string, string> PermissionEndpoints()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in EndpointCatalog.All.Where(endpoint => endpoint.Access.AnyOf.Count > 0))
        {
            data.Add(endpoint.Method, endpoint.Path);
        }

        return data;
    }

    public async Task InitializeAsync() => host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [MemberData(nameof(GuardedEndpoints))]
    public async Task No_key_is_401(string method, string path)
    {
        using var response = await Send(method, path, headers: []);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiHost.JsonOf(response))["exception_type"]!.GetValue<string>().ShouldBe("MissingCredentialsException");
    }

    [Theory]
    [MemberData(nameof(GuardedEndpoints))]
    public async Task Unknown_key_is_403(string method, string path)
    {
        using var response = await Send(method, path, headers: [("Hydrus-Client-API-Access-Key", new string('a', 64))]);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(PermissionEndpoints))]
    public async Task Key_without_the_permission_is_403_naming_it(string method, string path)
    {
        var endpoint = EndpointCatalog.All.Single(candidate => candidate.Path == path);
        var others = PermissionNames.All.Except(endpoint.Access.AnyOf).ToArray();
        using var response = await Send(method, path, headers: [("Hydrus-Client-API-Access-Key", host.Key(others))]);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var error = (await ApiHost.JsonOf(response))["error"]!.GetValue<string>();
        error.ShouldContain(PermissionNames.Human(endpoint.Access.AnyOf[0]));
    }

    [Theory]
    [MemberData(nameof(PermissionEndpoints))]
    public async Task Key_with_the_permission_gets_past_the_check(string method, string path)
    {
        var endpoint = EndpointCatalog.All.Single(candidate => candidate.Path == path);
        using var response = await Send(method, path, headers: [("Hydrus-Client-API-Access-Key", host.Key(endpoint.Access.AnyOf[0]))]);

        ((int)response.StatusCode).ShouldNotBeOneOf(401, 403, 419);
    }

    [Fact]
    public async Task Key_as_query_parameter_is_accepted()
    {
        using var response = await host.GetAsync($"/verify_access_key?Hydrus-Client-API-Access-Key={host.Key()}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Malformed_key_header_is_400()
    {
        using var response = await Send("GET", "/verify_access_key", headers: [("Hydrus-Client-API-Access-Key", "not hex")]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private Task<HttpResponseMessage> Send(string method, string path, (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return host.Client.SendAsync(request);
    }
}
