using HydraEngine.Model.Common;
using HydraEngine.Model.Login;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Network.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Login;

public sealed class LoginTests
{
    private static StringMatch Fixed(string value) => new(StringMatchType.Fixed, value, null, null, value);

    private static LoginScript Script(string domain) => new(
        "fixture booru login",
        "00",
        [new RequiredCookie(Fixed("session"), StringMatch.Any)],
        [new LoginCredentialDefinition("username", CredentialType.Text, StringMatch.Any), new LoginCredentialDefinition("password", CredentialType.Password, StringMatch.Any)],
        [
            new LoginStep(
                "log in", "http", "POST", null, "login",
                [new("username", "user"), new("password", "pass")],
                [new("remember", "1")],
                EquatableArray<KeyValuePair<string, string>>.Empty,
                EquatableArray<RequiredCookie>.Empty,
                EquatableArray<ContentParser>.Empty),
        ],
        [new LoginExampleDomain(domain, LoginAccessType.Everything, "")]);

    private static Task<LoopbackServer> LoginServerAsync() => LoopbackServer.StartAsync(async context =>
    {
        var form = await context.Request.ReadFormAsync();
        if (form["user"] == "blue" && form["pass"] == "hunter2")
        {
            context.Response.Headers.Append("Set-Cookie", "session=s3cret; Path=/");
        }

        await context.Response.WriteAsync("welcome");
    });

    [Fact]
    public async Task A_login_script_posts_its_arguments_and_leaves_the_engine_logged_in()
    {
        await using var server = await LoginServerAsync();
        await using var engine = TestEngines.Create(TestEngines.Fast);
        var script = Script(server.Domain);

        await engine.LoginAsync(script, new Dictionary<string, string> { ["username"] = "blue", ["password"] = "hunter2" });

        engine.IsLoggedIn(script, server.Domain).ShouldBeTrue();
        var seen = server.Requests.Single();
        seen.Method.ShouldBe("POST");
        seen.PathAndQuery.ShouldBe("/login");
        seen.Body.Split('&').Order().ShouldBe(["pass=hunter2", "remember=1", "user=blue"]);
    }

    [Fact]
    public async Task A_login_that_gives_no_required_cookie_fails_saying_which()
    {
        await using var server = await LoginServerAsync();
        await using var engine = TestEngines.Create(TestEngines.Fast);
        var script = Script(server.Domain);

        var failure = await Should.ThrowAsync<NetworkException>(
            () => engine.LoginAsync(script, server.Domain, new Dictionary<string, string> { ["username"] = "blue", ["password"] = "wrong" }));

        failure.Failure.ShouldBe(NetworkFailure.LoginRequired);
        failure.Message.ShouldContain("fixture booru login");
        failure.Message.ShouldContain("'session'");
        engine.IsLoggedIn(script, server.Domain).ShouldBeFalse();
    }

    [Fact]
    public async Task Missing_credentials_fail_before_any_request()
    {
        await using var server = await LoginServerAsync();
        await using var engine = TestEngines.Create(TestEngines.Fast);

        var failure = await Should.ThrowAsync<NetworkException>(
            () => engine.LoginAsync(Script(server.Domain), new Dictionary<string, string> { ["username"] = "blue" }));

        failure.Failure.ShouldBe(NetworkFailure.LoginRequired);
        failure.Message.ShouldContain("'password' is missing");
        server.Requests.ShouldBeEmpty();
    }
}
