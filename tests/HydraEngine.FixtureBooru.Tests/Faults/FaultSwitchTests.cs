using System.Diagnostics;
using System.Net;
using HydraEngine.FixtureBooru.Faults;
using HydraEngine.FixtureBooru.Tests.Support;

namespace HydraEngine.FixtureBooru.Tests.Faults;

public sealed class FaultSwitchTests : IAsyncLifetime
{
    private FixtureBooruServer server = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        server = await BooruTestServer.StartAsync();
        client = BooruTestServer.Client(server);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    private string FilePath(int id = 1) => server.Site.FindPost(id)!.File.Path;

    [Fact]
    public async Task Rate_limiting_answers_429_with_retry_after_then_lets_the_retry_through()
    {
        server.Faults.Add(new FaultRule(FaultKind.RateLimit, FaultTarget.Files) { RetryAfterSeconds = 7 });

        using var limited = await client.GetAsync(FilePath());
        using var retried = await client.GetAsync(FilePath());

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(7));
        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_server_error_rule_faults_the_first_attempts_of_each_url()
    {
        server.Faults.Add(new FaultRule(FaultKind.ServerError, FaultTarget.Pages) { FirstAttempts = 2, StatusCode = 500 });

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/post/1", "/post/1", "/post/1", "/post/2" })
        {
            using var response = await client.GetAsync(path);
            statuses.Add(response.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK, HttpStatusCode.InternalServerError]);
    }

    [Fact]
    public async Task An_every_kth_rule_faults_every_kth_matching_request()
    {
        server.Faults.Add(new FaultRule(FaultKind.ServerError, FaultTarget.Api) { EveryKth = 3 });

        var statuses = new List<int>();
        for (var id = 1; id <= 6; id++)
        {
            using var response = await client.GetAsync($"/api/post/{id}");
            statuses.Add((int)response.StatusCode);
        }

        statuses.ShouldBe([200, 200, 503, 200, 200, 503]);
    }

    [Fact]
    public async Task A_rule_leaves_other_areas_alone()
    {
        server.Faults.Add(new FaultRule(FaultKind.ServerError, FaultTarget.Pages));

        using var file = await client.GetAsync(FilePath());

        file.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_path_prefix_narrows_a_rule()
    {
        server.Faults.Add(new FaultRule(FaultKind.ServerError) { PathPrefix = "/thread/" });

        using var post = await client.GetAsync("/post/1");
        using var thread = await client.GetAsync("/thread/1");

        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        thread.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Rules_fault_in_turn_so_a_url_gets_each_fault_once()
    {
        server.Faults.Add(new FaultRule(FaultKind.RateLimit, FaultTarget.Files));
        server.Faults.Add(new FaultRule(FaultKind.ServerError, FaultTarget.Files));

        var statuses = new List<int>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await client.GetAsync(FilePath());
            statuses.Add((int)response.StatusCode);
        }

        statuses.ShouldBe([429, 503, 200]);
        server.Faults.InjectedCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_request()
    {
        server.Faults.Add(new FaultRule(FaultKind.DropConnection, FaultTarget.Files));

        await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync(FilePath()));
        (await client.GetByteArrayAsync(FilePath())).Length.ShouldBe(server.Site.FindPost(1)!.File.Length);
    }

    [Fact]
    public async Task A_truncated_body_is_shorter_than_its_content_length()
    {
        server.Faults.Add(new FaultRule(FaultKind.TruncateBody, FaultTarget.Files));
        var file = server.Site.FindPost(1)!.File;

        using var response = await client.GetAsync(FilePath(), HttpCompletionOption.ResponseHeadersRead);
        var received = 0L;
        var failed = false;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[4096];
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                received += read;
            }
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            failed = true;
        }

        response.Content.Headers.ContentLength.ShouldBe(file.Length);
        received.ShouldBe(file.Length / 2);
        failed.ShouldBeTrue();
    }

    [Fact]
    public async Task A_slow_body_arrives_whole_but_slowly()
    {
        var file = server.Site.FindPost(1)!.File;
        server.Faults.Add(new FaultRule(FaultKind.SlowBody, FaultTarget.Files) { BytesPerSecond = file.Length });
        var stopwatch = Stopwatch.StartNew();

        var bytes = await client.GetByteArrayAsync(FilePath());

        stopwatch.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(0.5));
        bytes.ShouldBe(file.Bytes.ToArray());
    }

    [Fact]
    public async Task The_login_page_is_never_faulted()
    {
        server.Faults.Add(new FaultRule(FaultKind.ServerError));

        using var response = await client.GetAsync("/login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Clearing_the_faults_serves_normally_again()
    {
        server.Faults.Add(new FaultRule(FaultKind.ServerError) { FirstAttempts = 100 });
        server.Faults.RequireLogin = true;

        server.Faults.Clear();

        using var response = await client.GetAsync("/post/1");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
