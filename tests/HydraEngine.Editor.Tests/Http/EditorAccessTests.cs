using System.Text;
using HydraEngine.Editor.Tests.Support;

namespace HydraEngine.Editor.Tests.Http;

/// <summary>Who the editor answers: its own pages on this machine, never a page from another origin.</summary>
public sealed class EditorAccessTests
{
    [Fact]
    public async Task A_request_from_another_origin_is_refused()
    {
        await using var server = await EditorServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "library/save") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await server.Client.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(403);
        (await response.Content.ReadAsStringAsync()).ShouldContain("only its own pages");
    }

    [Fact]
    public void A_peer_on_another_machine_is_refused_saying_why()
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("192.168.1.20");

        var refusal = HydraEngine.Editor.Http.EditorAccess.Refusal(context, EditorOptions.Default);

        refusal.ShouldNotBeNull();
        refusal.ShouldContain("192.168.1.20");
    }

    [Fact]
    public async Task A_request_from_its_own_origin_is_answered()
    {
        await using var server = await EditorServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "library");
        request.Headers.Add("Origin", server.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));

        using var response = await server.Client.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(200);
    }
}
