using HydraEngine.Cli.Tests.Commands.Downloads.Support;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary>Issue 19: a download that stops because its bandwidth ran out says so and exits 75, its files pending.</summary>
public sealed class OutOfBandwidthTests(BooruServer booru) : IClassFixture<BooruServer>, IDisposable
{
    private readonly CliDatabase database = new(booru);

    [Fact]
    public async Task A_download_out_of_bandwidth_exits_75_saying_so()
    {
        await LimitRequestsPerDayAsync(4);

        var result = await database.RunAsync("download", "fixture booru tag search", "blue_eyes", "--limit", "6");

        result.Code.ShouldBe(75, result.ToString());
        result.Error.ShouldContain("stopped: out of bandwidth for");
        result.Error.ShouldContain("still pending");
    }

    [Fact]
    public async Task The_json_summary_of_a_download_out_of_bandwidth_keeps_its_fields()
    {
        await LimitRequestsPerDayAsync(4);

        var result = await database.RunAsync("download", "fixture booru tag search", "smile", "--limit", "6", "--json");

        result.Code.ShouldBe(75, result.ToString());
        result.LastJson.Select(pair => pair.Key).ShouldBe(["gug", "query", "files_new", "files_already_in_db", "files_previously_deleted", "files_failed", "pages", "pages_failed"]);
        ((int)result.LastJson["files_failed"]!).ShouldBe(0);
    }

    [Fact]
    public async Task A_download_within_its_bandwidth_exits_0()
    {
        await LimitRequestsPerDayAsync(100);

        var result = await database.RunAsync("download", "fixture booru tag search", "cat", "--limit", "2");

        result.Code.ShouldBe(0, result.ToString());
    }

    private async Task LimitRequestsPerDayAsync(int requests)
    {
        var file = Path.Combine(Path.GetDirectoryName(database.Path)!, "limits.json");
        var domain = new Uri(booru.Url("/")).Authority;
        var rule = new System.Text.Json.Nodes.JsonObject { ["type"] = "requests", ["time_delta_seconds"] = 86400, ["max_allowed"] = requests };
        var metadata = new System.Text.Json.Nodes.JsonObject
        {
            ["kind"] = "domain_metadata_package",
            ["domain"] = domain,
            ["headers"] = new System.Text.Json.Nodes.JsonArray(),
            ["bandwidth_rules"] = new System.Text.Json.Nodes.JsonObject { ["rules"] = new System.Text.Json.Nodes.JsonArray(rule) },
        };
        await File.WriteAllTextAsync(file, metadata.ToJsonString());
        var imported = await database.RunAsync("downloaders", "import", file, "--yes");
        imported.Code.ShouldBe(0, imported.ToString());
    }

    public void Dispose() => database.Dispose();
}
