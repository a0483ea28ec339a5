using HydraEngine.Downloading.Queues;
using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.FixtureBooru;
using HydraEngine.FixtureBooru.Content;
using HydraEngine.Storage.Files;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Downloading.Tests.Work;

/// <summary>A downloaded file's import, its per-service tags and its seed's status commit together: a fault in one keeps none.</summary>
public sealed class ImportCommitTests
{
    private const string ExtraService = "downloader extras";

    private const string ServiceTagFault = $"""
        CREATE TRIGGER service_tag_fault BEFORE INSERT ON current_mappings
        WHEN NEW.service_id = (SELECT service_id FROM services WHERE name = '{ExtraService}')
        BEGIN SELECT RAISE(ABORT, 'injected fault'); END;
        """;

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

    [Fact]
    public async Task A_file_queued_with_tags_for_another_service_is_kept_with_them()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 1 });
        var post = harness.Booru.Site.Posts[0];
        var queue = QueueWithServiceTags(harness, post);

        await harness.RunUntilIdleAsync();

        harness.Store.TagsOf(FileHash.Parse(post.Sha256)).Single(tags => tags.Service == ExtraService).StorageTags.ShouldBe(["from the api"]);
        harness.Engine!.FileLog(queue.FileLogId).ShouldHaveSingleItem().Status.ShouldBe(SeedStatus.Successful);
    }

    [Fact]
    public async Task When_the_per_service_tags_cannot_be_written_neither_the_file_nor_the_seed_status_is_kept()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 1 });
        var post = harness.Booru.Site.Posts[0];
        var queue = QueueWithServiceTags(harness, post);
        Execute(harness, ServiceTagFault);

        var summary = await harness.RunUntilIdleAsync();

        summary.JobsFailed.ShouldBe(1);
        harness.Store.GetFile(FileHash.Parse(post.Sha256)).ShouldBeNull("the file was kept without its per-service tags");
        harness.Engine!.FileLog(queue.FileLogId).ShouldHaveSingleItem().Status.ShouldBe(SeedStatus.Unknown);
    }

    private static UrlQueue QueueWithServiceTags(BooruHarness harness, FixturePost post)
    {
        harness.Store.AddTagService(ExtraService);
        var metadata = new SeedMetadata { ServiceTags = new Dictionary<string, IReadOnlyList<string>> { [ExtraService] = ["from the api"] } };
        return harness.Engine!.AddUrls([$"{harness.Base}/post/{post.Id}"], metadata: metadata).Queue;
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
