using HydraEngine.Cli.Tests.Commands.Downloads.Support;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary><c>hydra download GUG "search"</c> against a live fixture booru.</summary>
public sealed class DownloadCommandTests(BooruServer booru) : IClassFixture<BooruServer>, IDisposable
{
    private const string Gug = "fixture booru tag search";

    private readonly CliDatabase database = new(booru);

    [Fact]
    public async Task A_download_stores_the_files_and_says_how_many()
    {
        var result = await database.RunAsync("download", Gug, "blue_eyes", "--limit", "3");

        result.Code.ShouldBe(0, result.ToString());
        result.Lines[^1].ShouldContain("3 files: 3 new, 0 already in db");
        database.StoredFiles().ShouldBe(3);
    }

    [Fact]
    public async Task Json_output_is_one_object_with_the_documented_fields()
    {
        var result = await database.RunAsync("download", Gug, "smile", "--limit", "2", "--json");

        result.Code.ShouldBe(0, result.ToString());
        result.Lines.Count.ShouldBe(1);
        var json = result.LastJson;
        json.Select(pair => pair.Key).ShouldBe(["gug", "query", "files_new", "files_already_in_db", "files_previously_deleted", "files_failed", "pages", "pages_failed"]);
        ((string)json["query"]!).ShouldBe("smile");
        ((int)json["files_new"]!).ShouldBe(2);
        ((int)json["pages"]!).ShouldBe(1);
    }

    [Fact]
    public async Task A_second_download_of_the_same_search_finds_the_files_already_in_db()
    {
        await database.RunAsync("download", Gug, "cat", "--limit", "2");

        var again = await database.RunAsync("download", Gug, "cat", "--limit", "2", "--json");

        ((int)again.LastJson["files_already_in_db"]!).ShouldBe(2, again.ToString());
        ((int)again.LastJson["files_new"]!).ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_gug_is_one_error_line()
    {
        var result = await database.RunAsync("download", "no such gug", "x");

        result.Code.ShouldBe(1);
        result.Error.Trim().ShouldStartWith("error: there is no GUG or nested GUG named 'no such gug'");
        result.Error.Trim().ShouldNotContain("\n");
    }

    public void Dispose() => database.Dispose();
}
