using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.State;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.Testing;

namespace HydraEngine.Downloading.Tests.State;

public sealed class FileSeedLogsTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly DownloadDatabase database;
    private readonly FileSeedLogs logs;
    private readonly long log;

    public FileSeedLogsTests()
    {
        database = DownloadDatabase.Open(folder.File("hydra.db"));
        logs = new FileSeedLogs(database);
        log = logs.CreateLog("test", 1000);
    }

    private static FileSeed Seed(string url, long created = 1000) => new() { Url = url, IdentityUrl = url, Created = created, Modified = created };

    [Fact]
    public void A_seed_with_a_known_identity_is_not_added_twice()
    {
        logs.Add(log, [Seed("http://a/1")]);
        logs.Add(log, [Seed("http://a/1"), Seed("http://a/2")]).Select(seed => seed.Url).ShouldBe(["http://a/2"]);
    }

    [Fact]
    public void Seeds_added_after_a_seed_come_before_the_seed_that_followed_it()
    {
        var first = logs.Add(log, [Seed("http://a/1"), Seed("http://a/2")])[0];
        logs.Add(log, [Seed("http://a/child1"), Seed("http://a/child2")], afterSeedId: first.Id);
        logs.All(log).Select(seed => seed.Url).ShouldBe(["http://a/1", "http://a/child1", "http://a/child2", "http://a/2"]);
    }

    [Fact]
    public void The_next_pending_seed_is_the_first_unworked_one_in_order()
    {
        var seeds = logs.Add(log, [Seed("http://a/1"), Seed("http://a/2")]);
        logs.Update(seeds[0] with { Status = SeedStatus.Successful });
        logs.NextPending(log)!.Url.ShouldBe("http://a/2");
    }

    [Fact]
    public void Metadata_survives_a_round_trip_through_the_row()
    {
        var metadata = new SeedMetadata { Tags = ["creator:x", "blue"], Notes = new Dictionary<string, string> { ["n"] = "text" }, Hashes = new Dictionary<string, string> { ["md5"] = "00ff" }, SourceTime = 2_000_000 };
        logs.Add(log, [Seed("http://a/1") with { Metadata = metadata }]);
        var stored = logs.All(log)[0].Metadata;
        (string.Join(",", stored.Tags), stored.Notes["n"], stored.Hashes["md5"], stored.SourceTime).ShouldBe(("creator:x,blue", "text", "00ff", metadata.SourceTime));
    }

    [Fact]
    public void Compaction_keeps_the_newest_seeds_and_every_pending_one()
    {
        var seeds = Enumerable.Range(0, FileSeedLogs.CompactionFloor + 50).Select(index => Seed($"http://a/{index}", 1000 + index)).ToList();
        var added = logs.Add(log, seeds);
        foreach (var seed in added.Skip(10))
        {
            logs.Update(seed with { Status = SeedStatus.Successful });
        }

        logs.Compact(log, before: 1_000_000).ShouldBe(40);
        logs.All(log).Count.ShouldBe(FileSeedLogs.CompactionFloor + 10);
    }

    [Fact]
    public void Failed_seeds_can_be_put_back_in_the_queue()
    {
        var seed = logs.Add(log, [Seed("http://a/1")])[0];
        logs.Update(seed with { Status = SeedStatus.Error, Note = "boom" });
        logs.RetryFailed(log, 2000).ShouldBe(1);
        logs.NextPending(log)!.Id.ShouldBe(seed.Id);
    }

    public void Dispose()
    {
        database.Dispose();
        folder.Dispose();
    }
}
