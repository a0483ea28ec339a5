using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.FixtureBooru;
using HydraEngine.Storage.Files;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Downloading.Tests.Work;

/// <summary>A downloaded file's import and its seed's status commit together: a fault in one keeps neither.</summary>
public sealed class ImportCommitTests
{
    private const string SeedFault = """
        CREATE TRIGGER seed_fault BEFORE UPDATE OF file_hash ON dl_file_seeds WHEN NEW.file_hash IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'injected fault'); END;
        """;

    [Fact]
    public async Task When_the_seed_status_cannot_be_written_the_file_is_not_kept_and_the_seed_stays_pending()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 1 });
        var post = harness.Booru.Site.Posts[0];
        var (queue, _) = harness.Engine!.AddUrls([$"{harness.Base}/post/{post.Id}"]);
        Execute(harness, SeedFault);

        var summary = await harness.RunUntilIdleAsync();

        summary.JobsFailed.ShouldBe(1);
        harness.Store.GetFile(FileHash.Parse(post.Sha256)).ShouldBeNull("the file was kept without its seed's status");
        harness.Engine.FileLog(queue.FileLogId).ShouldHaveSingleItem().Status.ShouldBe(SeedStatus.Unknown);
    }

    [Fact]
    public async Task Once_the_fault_is_gone_the_next_run_keeps_the_file_once_with_its_seed_successful()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 1 });
        var post = harness.Booru.Site.Posts[0];
        var (queue, _) = harness.Engine!.AddUrls([$"{harness.Base}/post/{post.Id}"]);
        Execute(harness, SeedFault);
        await harness.RunUntilIdleAsync();
        Execute(harness, "DROP TRIGGER seed_fault");

        await harness.RunUntilIdleAsync();

        harness.Store.ShouldHavePost(post, harness.Base);
        harness.Store.Search("system:everything").Count.ShouldBe(1);
        harness.Engine.FileLog(queue.FileLogId).ShouldHaveSingleItem().Status.ShouldBe(SeedStatus.Successful);
    }

    private static void Execute(BooruHarness harness, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={harness.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
