using System.Net;
using System.Text;
using HydraEngine.Plugins.Sites;

namespace HydraEngine.Plugins.Tests.Sites;

public sealed class HttpClientPluginHttpTests
{
    [Fact]
    public async Task A_response_gives_its_status_headers_and_body()
    {
        using var client = new HttpClient(new AnsweringHandler());
        var http = new HttpClientPluginHttp(client);

        var response = await http.GetAsync("https://fixture.test/a", new Dictionary<string, string> { ["X-Asked"] = "yes" }, CancellationToken.None);

        (response.StatusCode, response.Headers["content-type"], response.Headers["X-Echo"], response.Text).ShouldBe((404, "text/plain; charset=utf-8", "yes", "not here"));
    }

    private sealed class AnsweringHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("not here", Encoding.UTF8, "text/plain") };
            response.Headers.Add("X-Echo", request.Headers.GetValues("X-Asked"));
            return Task.FromResult(response);
        }
    }
}
