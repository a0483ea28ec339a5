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
        job.Select(pair => pair.Key).ShouldBe(["kind", "label", "state", "pending", "done", "failed", "next_due", "pages_failed", "last_error"]);
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

    [Fact]
    public void A_long_state_does_not_push_the_columns_out_of_line()
    {
        var jobs = new[] { new JobStatus("gallery", "a", "hit file limit", 0, 3, 0, null), new JobStatus("gallery", "b", "done", 0, 1, 0, null) };

        var lines = StatusText.Write(new DownloadStatus(false, false, jobs, []), [], 0).Split('\n');

        lines[1].IndexOf(" 0 ", StringComparison.Ordinal).ShouldBe(lines[2].IndexOf(" 0 ", StringComparison.Ordinal), string.Join('\n', lines));
        lines[1].ShouldContain("hit file limit ");
    }

    public void Dispose() => database.Dispose();
}
