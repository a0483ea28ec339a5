using System.Text.Json.Nodes;
using HydraEngine.Cli.Tests.Commands.Downloads.Support;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary><c>hydra subs …</c>: each change round-trips through the database.</summary>
public sealed class SubsCommandTests(BooruServer booru) : IClassFixture<BooruServer>, IDisposable
{
    private const string Gug = "fixture booru tag search";

    private readonly CliDatabase database = new(booru);

    private async Task AddAsync(string name, params string[] queries)
    {
        var result = await database.RunAsync(["subs", "add", name, "--gug", Gug, .. queries]);
        result.Code.ShouldBe(0, result.ToString());
    }

    private async Task<List<JsonObject>> ListAsync() =>
        (await database.RunAsync("subs", "list", "--json")).Lines.Select(line => JsonNode.Parse(line)!.AsObject()).ToList();

    private async Task<JsonObject> ShowAsync(string name) => (await database.RunAsync("subs", "show", name, "--json")).LastJson;

    [Fact]
    public async Task Add_then_list_shows_the_subscription_and_its_queries()
    {
        await AddAsync("artists", "creator:mira", "creator:koto");

        var listed = (await ListAsync()).ShouldHaveSingleItem();

        listed.Select(pair => pair.Key).ShouldBe(["name", "gug", "paused", "queries", "dead_queries", "files", "next_check"]);
        ((string)listed["name"]!).ShouldBe("artists");
        ((string)listed["gug"]!).ShouldBe(Gug);
        ((int)listed["queries"]!).ShouldBe(2);
    }

    [Fact]
    public async Task Pause_and_resume_round_trip()
    {
        await AddAsync("artists", "creator:mira");

        await database.RunAsync("subs", "pause", "artists");
        var paused = (bool)(await ListAsync())[0]["paused"]!;
        await database.RunAsync("subs", "resume", "artists");

        paused.ShouldBeTrue();
        ((bool)(await ListAsync())[0]["paused"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task Pause_all_is_the_global_switch_status_shows()
    {
        await database.RunAsync("subs", "pause", "--all");
        var paused = (bool)(await database.RunAsync("status", "--json")).LastJson["subscriptions_paused"]!;
        await database.RunAsync("subs", "resume", "--all");

        paused.ShouldBeTrue();
        ((bool)(await database.RunAsync("status", "--json")).LastJson["subscriptions_paused"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task Merge_moves_the_queries_and_removes_the_sources()
    {
        await AddAsync("artists", "creator:mira");
        await AddAsync("more", "creator:koto", "creator:mira");

        var result = await database.RunAsync("subs", "merge", "artists", "more");

        result.Output.ShouldContain("1 query moved, 1 duplicate dropped");
        var listed = (await ListAsync()).ShouldHaveSingleItem();
        ((int)listed["queries"]!).ShouldBe(2);
    }

    [Fact]
    public async Task Separate_gives_a_query_its_own_subscription()
    {
        await AddAsync("artists", "creator:mira", "creator:koto");

        await database.RunAsync("subs", "separate", "artists", "creator:koto");

        (await ListAsync()).Select(item => (string)item["name"]!).ShouldBe(["artists", "artists: creator:koto"]);
    }

    [Fact]
    public async Task Remove_deletes_the_subscription()
    {
        await AddAsync("artists", "creator:mira");

        var result = await database.RunAsync("subs", "remove", "artists");

        result.Code.ShouldBe(0);
        (await ListAsync()).ShouldBeEmpty();
        (await database.RunAsync("subs", "show", "artists")).Error.ShouldContain("there is no subscription named 'artists'");
    }

    [Fact]
    public async Task A_label_is_shown_instead_of_the_query_text()
    {
        await AddAsync("artists", "creator:mira");

        await database.RunAsync("subs", "label", "artists", "creator:mira", "Mira");

        var query = (await ShowAsync("artists"))["queries"]![0]!;
        ((string)query["label"]!).ShouldBe("Mira");
        ((string)query["query"]!).ShouldBe("creator:mira");
    }

    [Fact]
    public async Task Show_json_has_the_documented_fields()
    {
        await AddAsync("artists", "creator:mira");

        var shown = await ShowAsync("artists");

        shown.Select(pair => pair.Key).ShouldBe(["name", "gug", "paused", "checker", "initial_file_limit", "periodic_file_limit", "queries"]);
        shown["queries"]![0]!.AsObject().Select(pair => pair.Key).ShouldBe(
            ["query", "label", "state", "last_check", "next_check", "note", "files_new", "files_already_in_db", "files_previously_deleted", "files_failed", "files_pending", "recent"]);
        ((string)shown["queries"]![0]!["state"]!).ShouldBe("new");
    }

    [Fact]
    public async Task Run_until_idle_does_the_first_sync_up_to_the_initial_limit()
    {
        var added = await database.RunAsync("subs", "add", "rain", "--gug", Gug, "rain", "--initial-limit", "2");
        added.Code.ShouldBe(0, added.ToString());

        var run = await database.RunAsync("run", "--until-idle");

        run.Code.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("nothing is left pending");
        var query = (await ShowAsync("rain"))["queries"]![0]!;
        ((int)query["files_new"]!).ShouldBe(2);
        ((string)query["state"]!).ShouldBe("ok");
        database.StoredFiles().ShouldBe(2);
    }

    public void Dispose() => database.Dispose();
}
