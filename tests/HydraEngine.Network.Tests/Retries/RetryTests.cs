using HydraEngine.Network.Tests.Support;
using HydraEngine.Testing;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Retries;

public sealed class RetryTests
{
    [Fact]
    public async Task A_429_with_retry_after_seconds_is_retried_after_that_wait()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        var answered = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref answered) == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "30";
                return;
            }

            await context.Response.WriteAsync("ok");
        }, clock);
        await using var engine = TestEngines.Create(TestEngines.PoliteOnManualClock with { Polite = false }, clock);

        var page = await ClockPump.RunAsync(clock, engine, engine.FetchPageAsync(new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc)), TimeSpan.FromSeconds(1));

        page.StatusCode.ShouldBe(200);
        var times = server.Requests.Select(request => request.At).ToList();
        times.Count.ShouldBe(2);
        (times[1] - times[0]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_503_with_retry_after_as_an_http_date_is_retried_after_that_date()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        var answered = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref answered) == 1)
            {
                context.Response.StatusCode = 503;
                context.Response.Headers.RetryAfter = clock.GetUtcNow().AddSeconds(20).ToString("r");
                return;
            }

            await context.Response.WriteAsync("ok");
        }, clock);
        await using var engine = TestEngines.Create(TestEngines.PoliteOnManualClock with { Polite = false }, clock);

        await ClockPump.RunAsync(clock, engine, engine.FetchPageAsync(new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc)), TimeSpan.FromSeconds(1));

        var times = server.Requests.Select(request => request.At).ToList();
        times.Count.ShouldBe(2);
        (times[1] - times[0]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Server_errors_are_retried_until_an_answer_comes()
    {
        var answered = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref answered) <= 2)
            {
                context.Response.StatusCode = 503;
                return;
            }

            await context.Response.WriteAsync("ok");
        });
        await using var engine = TestEngines.Create(TestEngines.Fast);

        var page = await engine.FetchPageAsync(new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc));

        page.StatusCode.ShouldBe(200);
        server.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_server_error_that_never_ends_fails_naming_the_url_the_status_and_the_attempts()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 502;
            return Task.CompletedTask;
        });
        await using var engine = TestEngines.Create(TestEngines.Fast with { MaxAttempts = 3 });
        var url = server.Url("/broken");

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.FetchPageAsync(new NetworkRequest(url, NetworkJobContext.Adhoc)));

        failure.Failure.ShouldBe(NetworkFailure.ServerError);
        failure.StatusCode.ShouldBe(502);
        failure.IsTransient.ShouldBeTrue();
        failure.Message.ShouldContain(url.ToString());
        failure.Message.ShouldContain("502");
        failure.Message.ShouldContain("3 attempts");
        server.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_cap_on_waiting_ends_the_retries_at_once()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        await using var engine = TestEngines.Create(TestEngines.Fast with { MaxTotalWait = TimeSpan.FromMinutes(10) });

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.FetchPageAsync(new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc)));

        failure.Failure.ShouldBe(NetworkFailure.ServerError);
        failure.Message.ShouldContain("cap on waiting");
        server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        var answered = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref answered) == 1)
            {
                context.Abort();
                return;
            }

            await context.Response.WriteAsync("ok");
        });
        await using var engine = TestEngines.Create(TestEngines.Fast);

        var page = await engine.FetchPageAsync(new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc));

        page.StatusCode.ShouldBe(200);
        server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_connection_fails_as_connection_failed_after_every_attempt()
    {
        var server = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        var url = server.Url("/");
        await server.DisposeAsync();
        await using var engine = TestEngines.Create(TestEngines.Fast with { MaxAttempts = 2 });

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.FetchPageAsync(new NetworkRequest(url, NetworkJobContext.Adhoc)));

        failure.Failure.ShouldBe(NetworkFailure.ConnectionFailed);
        failure.Message.ShouldContain("2 attempts");
    }

    [Theory]
    [InlineData(404, NetworkFailure.NotFound)]
    [InlineData(403, NetworkFailure.NotFound)]
    [InlineData(400, NetworkFailure.NotFound)]
    [InlineData(451, NetworkFailure.UnavailableForLegalReasons)]
    [InlineData(401, NetworkFailure.LoginRequired)]
    [InlineData(418, NetworkFailure.ClientError)]
    public async Task A_client_error_status_fails_at_once_without_retrying(int status, NetworkFailure expected)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        await using var engine = TestEngines.Create(TestEngines.Fast);

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.FetchPageAsync(new NetworkRequest(server.Url("/gone"), NetworkJobContext.Adhoc)));

        failure.Failure.ShouldBe(expected);
        failure.StatusCode.ShouldBe(status);
        server.Requests.Count.ShouldBe(1);
    }
}
