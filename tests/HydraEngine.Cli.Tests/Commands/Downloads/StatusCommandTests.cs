using HydraEngine.Cli.Commands.Downloads;
using HydraEngine.Cli.Tests.Commands.Downloads.Support;
using HydraEngine.Downloading.State;
using HydraEngine.Network;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary><c>hydra status [--json]</c>.</summary>
public sealed class StatusCommandTests(BooruServer booru) : IClassFixture<BooruServer>, IDisposable
{
    private readonly CliDatabase database = new(booru);

    [Fact]
    public async Task Json_has_the_documented_fields_for_each_job()
    {
        await database.RunAsync("download", "fixture booru tag search", "hat", "--limit", "1");

        var status = (await database.RunAsync("status", "--json")).LastJson;

        status.Select(pair => pair.Key).ShouldBe(["all_paused", "subscriptions_paused", "jobs", "domains"]);
        var job = status["jobs"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        job.Select(pair => pair.Key).ShouldBe(["kind", "label", "state", "pending", "done", "failed", "next_due"]);
        ((string)job["kind"]!).ShouldBe("gallery");
        ((int)job["done"]!).ShouldBe(1);
        job["next_due"].ShouldBeNull();
    }

    [Fact]
    public void Each_domain_carries_its_waits_in_seconds()
    {
        var status = new DownloadStatus(false, false, [], [new DomainStatus("example.com", 1, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1.5), "429")]);

        var domain = System.Text.Json.Nodes.JsonNode.Parse(StatusJson.Write(status, status.Domains, 0))!["domains"]![0]!.AsObject();

        domain.Select(pair => pair.Key).ShouldBe(["domain", "in_flight", "bandwidth_wait_seconds", "politeness_delay_seconds", "last_problem"]);
        ((double)domain["bandwidth_wait_seconds"]!).ShouldBe(3);
        ((double)domain["politeness_delay_seconds"]!).ShouldBe(1.5);
        ((string)domain["last_problem"]!).ShouldBe("429");
    }

    [Fact]
    public async Task Text_shows_when_a_watcher_is_next_due()
    {
        await database.RunAsync("watch", booru.Url("/thread/1"));

        var text = await database.RunAsync("status");

        text.Output.ShouldContain("watching");
        text.Output.ShouldMatch(@"in \d+m");
    }

    public void Dispose() => database.Dispose();
}
