using HydraEngine.Network.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Scheduling;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Requests_to_one_domain_never_exceed_the_per_domain_limit()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await release.Task;
            await context.Response.WriteAsync("ok");
        });
        await using var engine = TestEngines.Create(TestEngines.Fast with { MaxConcurrentPerDomain = 2, MaxConcurrentRequests = 10 });

        var fetches = Enumerable.Range(0, 8).Select(index => engine.FetchPageAsync(new NetworkRequest(server.Url($"/{index}"), NetworkJobContext.Adhoc))).ToList();
        for (var tries = 0; tries < 2000 && server.InFlight < 2; tries++)
        {
            await Task.Delay(5);
        }

        await Task.Delay(200);
        var inFlightWhileHeld = server.InFlight;
        var statusWhileHeld = engine.DomainStatuses().Single().InFlight;
        release.SetResult();
        await Task.WhenAll(fetches);

        inFlightWhileHeld.ShouldBe(2);
        statusWhileHeld.ShouldBe(2);
        server.MaxInFlight.ShouldBe(2);
        server.Requests.Count.ShouldBe(8);
    }
}
