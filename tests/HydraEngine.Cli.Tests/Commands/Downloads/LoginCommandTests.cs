using HydraEngine.Cli.Tests.Commands.Downloads.Support;
using HydraEngine.Network;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary><c>hydra login DOMAIN</c>: credentials kept with the network state (never printed) and a login that opens the site.</summary>
public sealed class LoginCommandTests(BooruServer booru) : IClassFixture<BooruServer>, IDisposable
{
    private readonly CliDatabase database = new(booru);

    [Fact]
    public async Task Login_keeps_the_credentials_and_opens_a_site_that_requires_it()
    {
        booru.Server.Faults.RequireLogin = true;
        try
        {
            var login = await database.RunAsync("login", booru.Server.Domain, "--credential", "username=fixture", "--credential", "password=hunter2");

            login.Code.ShouldBe(0, login.ToString());
            login.Output.ShouldContain($"logged in to {booru.Server.Domain}");
            (login.Output + login.Error).ShouldNotContain("hunter2");
            await using (var network = NetworkEngine.Create(new NetworkOptions { StatePath = database.Path }))
            {
                var kept = network.Credentials.For(booru.Server.Domain).ShouldNotBeNull();
                (kept.Script, kept.Values["password"]).ShouldBe(("fixture booru login", "hunter2"));
            }

            var download = await database.RunAsync("download", "fixture booru tag search", "blue_eyes", "--limit", "2");
            download.Code.ShouldBe(0, download.ToString());
            database.StoredFiles().ShouldBe(2);
        }
        finally
        {
            booru.Server.Faults.RequireLogin = false;
        }
    }

    [Fact]
    public async Task A_missing_credential_without_a_terminal_says_how_to_give_it()
    {
        var login = await database.RunAsync("login", booru.Server.Domain, "--credential", "username=fixture");

        login.Code.ShouldBe(1);
        login.Error.ShouldContain("needs 'password'; give it with --credential");
    }

    [Fact]
    public async Task A_domain_no_login_script_covers_is_named()
    {
        var login = await database.RunAsync("login", "example.org", "--credential", "username=x");

        login.Code.ShouldBe(1);
        login.Error.ShouldContain("no login script in the library covers example.org");
    }

    public void Dispose() => database.Dispose();
}
