using HydraEngine.Network.Politeness;
using HydraEngine.Network.Tests.Support;
using HydraEngine.Testing;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Politeness;

public sealed class PolitenessTests
{
    private static async Task<LoopbackServer> OverloadedOnceAsync(TimeProvider clock)
    {
        var answered = 0;
        return await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref answered) == 1)
            {
                context.Response.StatusCode = 429;
                return;
            }

            await context.Response.WriteAsync("ok");
        }, clock);
    }

    [Fact]
    public async Task A_429_widens_the_domains_spacing_and_reports_the_problem()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        await using var server = await OverloadedOnceAsync(clock);
        await using var engine = TestEngines.Create(TestEngines.PoliteOnManualClock, clock);

        await ClockPump.RunAsync(clock, engine, engine.FetchPageAsync(new NetworkRequest(server.Url("/"), NetworkJobContext.Adhoc)));

        var status = engine.DomainStatuses().Single();
        status.Domain.ShouldBe(server.Domain);
        status.PolitenessDelay.ShouldBe(DomainPoliteness.StrainFloor - DomainPoliteness.RecoveryStep);
        status.LastProblem.ShouldNotBeNull().ShouldContain("429");
    }

    [Fact]
    public async Task Each_success_narrows_the_spacing_again()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        await using var server = await OverloadedOnceAsync(clock);
        await using var engine = TestEngines.Create(TestEngines.PoliteOnManualClock, clock);
        await ClockPump.RunAsync(clock, engine, engine.FetchPageAsync(new NetworkRequest(server.Url("/1"), NetworkJobContext.Adhoc)));
        var before = engine.DomainStatuses().Single().PolitenessDelay;

        await ClockPump.RunAsync(clock, engine, engine.FetchPageAsync(new NetworkRequest(server.Url("/2"), NetworkJobContext.Adhoc)));
        await ClockPump.RunAsync(clock, engine, engine.FetchPageAsync(new NetworkRequest(server.Url("/3"), NetworkJobContext.Adhoc)));

        engine.DomainStatuses().Single().PolitenessDelay.ShouldBe(before - (2 * DomainPoliteness.RecoveryStep));
    }

    [Fact]
    public async Task Requests_after_strain_are_spaced_by_the_politeness_delay()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        var step = TimeSpan.FromMilliseconds(50);
        await using var server = await OverloadedOnceAsync(clock);
        await using var engine = TestEngines.Create(TestEngines.PoliteOnManualClock, clock);
        await ClockPump.RunAsync(clock, engine, engine.FetchPageAsync(new NetworkRequest(server.Url("/1"), NetworkJobContext.Adhoc)), step);
        var spacing = engine.DomainStatuses().Single().PolitenessDelay;

        await ClockPump.RunAsync(clock, engine, engine.FetchPageAsync(new NetworkRequest(server.Url("/2"), NetworkJobContext.Adhoc)), step);

        // the pump may move the clock once between a start and its arrival at the server, so allow one step
        var times = server.Requests.Select(request => request.At).ToList();
        (times[^1] - times[^2]).ShouldBeGreaterThanOrEqualTo(spacing - step);
    }

    [Fact]
    public void Repeated_strain_doubles_the_spacing_up_to_a_cap()
    {
        var politeness = new DomainPoliteness(new ManualTimeProvider(TestEngines.Start));

        politeness.ReportStrain("example.com", null);
        var first = politeness.Spacing("example.com");
        politeness.ReportStrain("example.com", null);
        var second = politeness.Spacing("example.com");
        for (var index = 0; index < 20; index++)
        {
            politeness.ReportStrain("example.com", null);
        }

        first.ShouldBe(DomainPoliteness.StrainFloor);
        second.ShouldBe(2 * DomainPoliteness.StrainFloor);
        politeness.Spacing("example.com").ShouldBe(DomainPoliteness.MaxSpacing);
        politeness.Spacing("other.com").ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_retry_after_holds_every_request_to_the_domain_back()
    {
        var clock = new ManualTimeProvider(TestEngines.Start);
        var politeness = new DomainPoliteness(clock);

        politeness.ReportStrain("example.com", TimeSpan.FromSeconds(30));

        politeness.Wait("example.com").ShouldBe(TimeSpan.FromSeconds(30));
    }
}
