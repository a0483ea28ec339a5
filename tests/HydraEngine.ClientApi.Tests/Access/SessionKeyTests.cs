using System.Net;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Testing;

namespace HydraEngine.ClientApi.Tests.Access;

public sealed class SessionKeyTests
{
    [Fact]
    public async Task Session_key_stands_for_its_access_key()
    {
        await using var host = await ApiHost.StartAsync();
        var session = await NewSession(host, host.Key(ClientApiPermission.SearchFiles));

        using var response = await SendWithSession(host, session);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.JsonOf(response))["basic_permissions"]!.AsArray().Select(node => node!.GetValue<int>()).ShouldBe([3]);
    }

    [Fact]
    public async Task Unknown_session_key_is_419()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await SendWithSession(host, new string('b', 64));

        ((int)response.StatusCode).ShouldBe(419);
    }

    [Fact]
    public async Task Session_idle_for_a_day_expires_with_419()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await ApiHost.StartAsync((store, keys, folder) => new ClientApiContext(new StoreAccess(store), folder, keys, clock: clock));
        var session = await NewSession(host, host.Key());
        clock.Advance(SessionKeys.IdleLifetime + TimeSpan.FromMinutes(1));

        using var response = await SendWithSession(host, session);

        ((int)response.StatusCode).ShouldBe(419);
    }

    [Fact]
    public async Task Revoking_the_access_key_ends_its_sessions()
    {
        await using var host = await ApiHost.StartAsync();
        var (key, record) = host.Context.Keys.Add("revoked", [], permitsEverything: false);
        var session = await NewSession(host, key);
        host.Context.Keys.Revoke(record.Name).ShouldBeTrue();

        using var response = await SendWithSession(host, session);

        ((int)response.StatusCode).ShouldBe(419);
    }

    private static async Task<string> NewSession(ApiHost host, string key)
    {
        using var response = await host.GetAsync("/session_key", key);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await ApiHost.JsonOf(response))["session_key"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> SendWithSession(ApiHost host, string session)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "verify_access_key");
        request.Headers.Add("Hydrus-Client-API-Session-Key", session);
        return host.Client.SendAsync(request);
    }
}
