using HydraEngine.Cli.Tests.Commands.Downloads.Support;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary><c>hydra get URL...</c> against a live fixture booru.</summary>
public sealed class GetCommandTests(BooruServer booru) : IClassFixture<BooruServer>, IDisposable
{
    private readonly CliDatabase database = new(booru);

    [Fact]
    public async Task A_post_url_downloads_its_file()
    {
        var result = await database.RunAsync("get", booru.Url("/post/3"));

        result.Code.ShouldBe(0, result.ToString());
        result.Lines[^1].ShouldContain("1 file: 1 new");
        database.StoredFiles().ShouldBe(1);
    }

    [Fact]
    public async Task Json_output_counts_the_urls_and_files()
    {
        var result = await database.RunAsync("get", booru.Url("/post/4"), booru.Url("/post/5"), "--json");

        result.Code.ShouldBe(0, result.ToString());
        result.LastJson.Select(pair => pair.Key).ShouldBe(["urls", "files_new", "files_already_in_db", "files_previously_deleted", "files_failed", "pages"]);
        ((int)result.LastJson["urls"]!).ShouldBe(2);
        ((int)result.LastJson["files_new"]!).ShouldBe(2);
    }

    [Fact]
    public async Task A_thread_url_is_refused_with_a_pointer_to_watch()
    {
        var result = await database.RunAsync("get", booru.Url("/thread/1"));

        result.Code.ShouldBe(1);
        result.Error.ShouldContain("hydra watch");
    }

    public void Dispose() => database.Dispose();
}
