using HydraEngine.Model.Network;
using HydraEngine.Network.Tests.Support;
using HydraEngine.Testing;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Bandwidth;

public sealed class BandwidthRuleTests
{
    [Fact]
    public async Task A_domain_rule_of_n_requests_per_window_is_never_exceeded()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("ok"), clock);
        var rule = new BandwidthRule(BandwidthType.Requests, 3, 2);
        await using var engine = TestEngines.Create(TestEngines.PoliteOnManualClock, clock, TestEngines.Rules(server.Domain, rule));

        var fetches = Enumerable.Range(0, 7)
            .Select(index => engine.FetchPageAsync(new NetworkRequest(server.Url($"/{index}"), NetworkJobContext.Adhoc)))
            .ToList();
        await ClockPump.RunAsync(clock, engine, Task.WhenAll(fetches), TimeSpan.FromMilliseconds(100));

        var times = server.Requests.Select(request => request.At).Order().ToList();
        times.Count.ShouldBe(7);
        foreach (var start in times)
        {
            times.Count(time => time >= start && time < start.AddSeconds(3)).ShouldBeLessThanOrEqualTo(2, $"requests in the 3 s from {start:O}");
        }
    }

    [Fact]
    public async Task Usage_kept_in_the_state_database_survives_a_new_engine()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        var statePath = Path.Combine(TestEngines.TempFolder(), "state.db");
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("ok"), clock);
        var rules = TestEngines.Rules(server.Domain, new BandwidthRule(BandwidthType.Requests, 3600, 1));
        var url = server.Url("/");
        await using (var first = TestEngines.Create(TestEngines.PoliteOnManualClock with { StatePath = statePath }, clock, rules))
        {
            await first.FetchPageAsync(new NetworkRequest(url, NetworkJobContext.Adhoc));
        }

        await using var second = TestEngines.Create(TestEngines.PoliteOnManualClock with { StatePath = statePath }, clock, rules);
        await using var forgetful = TestEngines.Create(TestEngines.PoliteOnManualClock, clock, rules);

        second.EstimateBandwidthWait(url, NetworkJobContext.Adhoc).ShouldBeGreaterThan(TimeSpan.FromMinutes(59));
        forgetful.EstimateBandwidthWait(url, NetworkJobContext.Adhoc).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task A_wait_longer_than_the_cap_fails_as_bandwidth_exhausted_without_a_request()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("ok"), clock);
        var rules = TestEngines.Rules(server.Domain, new BandwidthRule(BandwidthType.Requests, 86400, 1));
        await using var engine = TestEngines.Create(TestEngines.PoliteOnManualClock with { MaxTotalWait = TimeSpan.FromMinutes(1) }, clock, rules);
        await engine.FetchPageAsync(new NetworkRequest(server.Url("/1"), NetworkJobContext.Adhoc));

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.FetchPageAsync(new NetworkRequest(server.Url("/2"), NetworkJobContext.Adhoc)));

        failure.Failure.ShouldBe(NetworkFailure.BandwidthExhausted);
        failure.Message.ShouldContain(server.Domain);
        server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Without_domain_metadata_the_hydrus_default_of_one_request_per_second_applies()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("ok"), clock);
        await using var engine = TestEngines.Create(TestEngines.PoliteOnManualClock, clock);
        var url = server.Url("/");

        await engine.FetchPageAsync(new NetworkRequest(url, NetworkJobContext.Adhoc));

        engine.EstimateBandwidthWait(url, NetworkJobContext.Adhoc).ShouldBe(TimeSpan.FromSeconds(1));
        engine.DomainStatuses().Single().BandwidthWait.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Impolite_engines_ignore_bandwidth_rules()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("ok"), clock);
        var rules = TestEngines.Rules(server.Domain, new BandwidthRule(BandwidthType.Requests, 86400, 1));
        await using var engine = TestEngines.Create(TestEngines.Fast, clock, rules);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(index => engine.FetchPageAsync(new NetworkRequest(server.Url($"/{index}"), NetworkJobContext.Adhoc))));

        server.Requests.Count.ShouldBe(3);
        engine.EstimateBandwidthWait(server.Url("/"), NetworkJobContext.Adhoc).ShouldBe(TimeSpan.Zero);
    }
}
