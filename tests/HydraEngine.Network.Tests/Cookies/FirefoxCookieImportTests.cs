using HydraEngine.Network.Cookies;
using HydraEngine.Network.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Network.Tests.Cookies;

/// <summary>Firefox's cookies.sqlite (moz_cookies) is read as it is, from a copy, and its cookies are sent.</summary>
public sealed class FirefoxCookieImportTests : IDisposable
{
    private readonly string folder = TestEngines.TempFolder();

    private string CookiesSqlite => Path.Combine(folder, "cookies.sqlite");

    [Fact]
    public async Task Firefox_cookies_are_sent_to_their_domain()
    {
        WriteFirefoxCookies(
            ("127.0.0.1", "/", 0, 1, 4102444800, "session", "abc"),
            (".example.com", "/", 1, 0, 4102444800000, "elsewhere", "x"));
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("ok"));
        await using var engine = TestEngines.Create(TestEngines.Fast);

        var imported = engine.ImportFirefoxCookies(CookiesSqlite);
        await engine.FetchPageAsync(new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc));

        imported.ShouldBe(2);
        FirefoxCookieFile.IsSqlite(CookiesSqlite).ShouldBeTrue();
        server.Requests.Single().Header("Cookie").ShouldBe("session=abc");
        var elsewhere = engine.Cookies.List("img.example.com").Single();
        (elsewhere.Secure, elsewhere.Expires!.Value.Year).ShouldBe((true, 2100));
    }

    [Fact]
    public void A_database_without_moz_cookies_is_refused_with_what_to_give()
    {
        using (var connection = new SqliteConnection($"Data Source={CookiesSqlite};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE other (x)";
            command.ExecuteNonQuery();
        }

        Should.Throw<FormatException>(() => FirefoxCookieFile.Read(CookiesSqlite)).Message.ShouldContain("moz_cookies");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void WriteFirefoxCookies(params (string Host, string Path, int Secure, int HttpOnly, long Expiry, string Name, string Value)[] cookies)
    {
        using var connection = new SqliteConnection($"Data Source={CookiesSqlite};Pooling=False");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL DEFAULT '', name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, "
            + "lastAccessed INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0, rawSameSite INTEGER DEFAULT 0, schemeMap INTEGER DEFAULT 0)";
        create.ExecuteNonQuery();
        foreach (var cookie in cookies)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO moz_cookies (name, value, host, path, expiry, lastAccessed, creationTime, isSecure, isHttpOnly) VALUES ($n, $v, $h, $p, $e, 0, 0, $s, $o)";
            insert.Parameters.AddWithValue("$n", cookie.Name);
            insert.Parameters.AddWithValue("$v", cookie.Value);
            insert.Parameters.AddWithValue("$h", cookie.Host);
            insert.Parameters.AddWithValue("$p", cookie.Path);
            insert.Parameters.AddWithValue("$e", cookie.Expiry);
            insert.Parameters.AddWithValue("$s", cookie.Secure);
            insert.Parameters.AddWithValue("$o", cookie.HttpOnly);
            insert.ExecuteNonQuery();
        }
    }
}
