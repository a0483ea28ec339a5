using System.Text;
using HydraEngine.Network.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Pages;

public sealed class FetchPageTests
{
    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/plain,hello")]
    public async Task A_url_that_is_not_http_is_refused_before_any_io(string url)
    {
        await using var engine = TestEngines.Create(TestEngines.Fast);

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.FetchPageAsync(new NetworkRequest(new Uri(url), NetworkJobContext.Adhoc)));

        failure.Failure.ShouldBe(NetworkFailure.UnsupportedUrl);
        engine.DomainStatuses().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_page_comes_back_with_its_final_url_after_redirects_its_content_type_and_charset()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/old")
            {
                context.Response.Redirect("/new");
                return;
            }

            context.Response.ContentType = "text/html; charset=Shift_JIS";
            await context.Response.WriteAsync("<html>hello</html>");
        });
        await using var engine = TestEngines.Create(TestEngines.Fast);

        var page = await engine.FetchPageAsync(new NetworkRequest(server.Url("/old"), NetworkJobContext.Adhoc));

        page.RequestedUrl.ShouldBe(server.Url("/old"));
        page.FinalUrl.ShouldBe(server.Url("/new"));
        page.StatusCode.ShouldBe(200);
        page.ContentType.ShouldBe("text/html");
        page.Charset.ShouldBe("Shift_JIS");
        Encoding.ASCII.GetString(page.Body).ShouldBe("<html>hello</html>");
    }

    [Fact]
    public async Task A_page_over_the_size_cap_fails_as_too_large()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(new string('x', 5000)));
        await using var engine = TestEngines.Create(TestEngines.Fast with { MaxPageBytes = 1000 });

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.FetchPageAsync(new NetworkRequest(server.Url("/big"), NetworkJobContext.Adhoc)));

        failure.Failure.ShouldBe(NetworkFailure.TooLarge);
        server.Requests.Count.ShouldBe(1);
    }
}
