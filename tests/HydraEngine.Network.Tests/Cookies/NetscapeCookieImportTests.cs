using HydraEngine.Network.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Cookies;

public sealed class NetscapeCookieImportTests
{
    [Fact]
    public async Task An_imported_cookies_txt_is_sent_to_its_domain()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("ok"));
        await using var engine = TestEngines.Create(TestEngines.Fast);
        var text = string.Join('\n',
            "# Netscape HTTP Cookie File",
            "",
            "127.0.0.1\tFALSE\t/\tFALSE\t0\tpass_hash\tdeadbeef",
            "#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t4102444800\tuser_id\t42",
            ".example.com\tTRUE\t/\tTRUE\t4102444800\telsewhere\tx");

        var imported = engine.ImportNetscapeCookies(new StringReader(text));
        await engine.FetchPageAsync(new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc));

        imported.ShouldBe(3);
        server.Requests.Single().Header("Cookie")!.Split("; ").Order().ShouldBe(["pass_hash=deadbeef", "user_id=42"]);
        engine.Cookies.List("127.0.0.1").Single(cookie => cookie.Name == "user_id").HttpOnly.ShouldBeTrue();
        engine.Cookies.List("img.example.com").Single().Secure.ShouldBeTrue();
    }

    [Fact]
    public async Task Malformed_lines_are_reported_by_number_and_nothing_is_imported()
    {
        await using var engine = TestEngines.Create(TestEngines.Fast);
        var text = string.Join('\n',
            "# Netscape HTTP Cookie File",
            "example.com\tFALSE\t/\tFALSE\t0\tgood\t1",
            "example.com only two fields",
            "example.com\tMAYBE\t/\tFALSE\t0\tbad\t1",
            "example.com\tFALSE\t/\tFALSE\tsoon\tbad\t1");

        var failure = Should.Throw<FormatException>(() => engine.ImportNetscapeCookies(new StringReader(text)));

        failure.Message.ShouldContain("line 3");
        failure.Message.ShouldContain("line 4");
        failure.Message.ShouldContain("line 5");
        failure.Message.ShouldNotContain("line 2");
        engine.Cookies.List().ShouldBeEmpty();
    }
}
