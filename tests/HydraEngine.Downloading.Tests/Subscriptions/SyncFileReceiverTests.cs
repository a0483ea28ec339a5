using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.State;
using HydraEngine.Downloading.Subscriptions;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.Testing;

namespace HydraEngine.Downloading.Tests.Subscriptions;

/// <summary>The subscription page callback of semantics.md §8.3, over a real file log.</summary>
public sealed class SyncFileReceiverTests : IDisposable
{
    private static readonly GallerySeed Page = new() { Url = "http://booru/posts?page=1" };
    private readonly TemporaryFolder folder = new();
    private readonly DownloadDatabase database;
    private readonly FileSeedLogs logs;
    private readonly long log;

    public SyncFileReceiverTests()
    {
        database = DownloadDatabase.Open(folder.File("hydra.db"));
        logs = new FileSeedLogs(database);
        log = logs.CreateLog("query", 1);
    }

    private static FileSeed Seed(int n) => new() { Url = $"http://booru/post/{n}", IdentityUrl = $"http://booru/post/{n}" };

    private static IReadOnlyList<FileSeed> Seeds(int from, int count) => Enumerable.Range(from, count).Select(Seed).ToList();

    private void Known(int from, int count) => logs.Add(log, Seeds(from, count));

    [Fact]
    public void An_initial_sync_stops_at_its_file_limit()
    {
        var receiver = new SyncFileReceiver(logs, log, initialSync: true, fileLimit: 5, masterSeedsAtStart: 0);
        var reception = receiver.Receive(Page, Seeds(1, 20));
        (reception.Added, reception.CanSearchForMore, reception.StopReason, receiver.Collected.Count).ShouldBe((5, false, "hit initial file limit", 5));
    }

    [Fact]
    public void A_page_with_only_new_urls_lets_the_sync_go_on()
    {
        var receiver = new SyncFileReceiver(logs, log, initialSync: true, fileLimit: 100, masterSeedsAtStart: 0);
        receiver.Receive(Page, Seeds(1, 20)).CanSearchForMore.ShouldBeTrue();
    }

    [Fact]
    public void A_page_ending_in_five_known_urls_means_caught_up()
    {
        Known(100, 5);
        var receiver = new SyncFileReceiver(logs, log, initialSync: false, fileLimit: 100, masterSeedsAtStart: 500);
        var reception = receiver.Receive(Page, [.. Seeds(1, 3), .. Seeds(100, 5)]);
        (reception.Added, reception.AlreadyPresent, reception.CanSearchForMore).ShouldBe((3, 5, false));
        reception.StopReason!.ShouldStartWith("caught up");
    }

    [Fact]
    public void New_urls_mixed_between_known_ones_keep_the_sync_looking()
    {
        Known(100, 4);
        var receiver = new SyncFileReceiver(logs, log, initialSync: false, fileLimit: 100, masterSeedsAtStart: 500);
        var mixed = new[] { Seed(100), Seed(1), Seed(101), Seed(2), Seed(102), Seed(3), Seed(103), Seed(4) };
        receiver.Receive(Page, mixed).CanSearchForMore.ShouldBeTrue();
    }

    [Fact]
    public void Ninety_five_percent_of_the_known_log_seen_again_means_caught_up()
    {
        Known(100, 20);
        var receiver = new SyncFileReceiver(logs, log, initialSync: false, fileLimit: 100, masterSeedsAtStart: 20);
        var interleaved = Enumerable.Range(0, 19).SelectMany(index => new[] { Seed(index), Seed(100 + index) }).ToList();
        receiver.Receive(Page, interleaved).StopReason.ShouldBe("caught up with the previous sync");
    }

    [Fact]
    public void A_hundred_known_urls_in_a_row_stop_the_sync()
    {
        Known(1000, 100);
        var receiver = new SyncFileReceiver(logs, log, initialSync: false, fileLimit: null, masterSeedsAtStart: 10_000);
        receiver.Receive(Page, Seeds(1000, 100)).StopReason!.ShouldStartWith("saw 100 previously seen urls");
    }

    [Fact]
    public void A_page_without_new_urls_stops_the_sync()
    {
        Known(100, 3);
        var receiver = new SyncFileReceiver(logs, log, initialSync: false, fileLimit: 100, masterSeedsAtStart: 1000);
        receiver.Receive(Page, Seeds(100, 3)).StopReason.ShouldBe("no new urls found");
    }

    [Fact]
    public void Hitting_the_periodic_limit_without_one_known_url_flags_a_gap()
    {
        var receiver = new SyncFileReceiver(logs, log, initialSync: false, fileLimit: 10, masterSeedsAtStart: 50);
        receiver.Receive(Page, Seeds(1, 30));
        (receiver.StopReason, receiver.PeriodicLimitGap).ShouldBe(("hit periodic file limit", true));
    }

    public void Dispose()
    {
        database.Dispose();
        folder.Dispose();
    }
}
