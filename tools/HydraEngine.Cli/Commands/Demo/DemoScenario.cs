using System.Diagnostics;
using HydraEngine.Cli.Commands.Downloads;
using HydraEngine.Downloading;
using HydraEngine.Downloading.Checking;
using HydraEngine.Downloading.Running;
using HydraEngine.Downloading.Subscriptions;
using HydraEngine.Downloading.Watchers;
using HydraEngine.Host;

namespace HydraEngine.Cli.Commands.Demo;

/// <summary>
/// The demo's downloads against the fixture booru: a gallery download and a thread watcher worked side by side until
/// the thread is gone, then a subscription's first sync and, a few (skipped) days later, a sync that finds new posts.
/// </summary>
internal sealed class DemoScenario(HydraEngineInstance session, DemoBooru booru, AcceleratedTimeProvider clock, TextWriter output)
{
    public const int FirstPosts = 60;
    public const int LaterPosts = 70;
    public const string Gug = "fixture booru tag search";
    public const string GallerySearch = "blue_eyes";
    public const string SubscriptionName = "demo: favourite creators";

    public static IReadOnlyList<string> SubscriptionQueries { get; } = ["creator:mira", "creator:koto"];

    /// <summary>The most real time the watcher phase may take (the thread normally 404s within seconds).</summary>
    public static TimeSpan PhaseLimit { get; } = TimeSpan.FromSeconds(40);

    private DownloadEngine Engine => session.Downloads;

    /// <summary>Downloads from a gallery search and a thread at once; returns whether the thread was seen to go away.</summary>
    public async Task<bool> GalleryAndThreadAsync(CancellationToken cancellationToken)
    {
        Heading($"1. a gallery download (\"{GallerySearch}\") and a thread watcher, worked side by side until the thread 404s");
        var download = Engine.AddGalleryDownload(Gug, GallerySearch);
        var threadUrl = booru.Server.UrlFor("/thread/1").ToString();
        foreach (var earlier in Engine.Watchers().Where(watcher => watcher.Url == threadUrl))
        {
            Engine.RemoveWatcher(earlier.Id);
        }

        var watcher = Engine.AddWatcher(threadUrl, CheckerPresets.Thread);
        await RunUntilAsync(() => Engine.Watcher(watcher.Id).Status != CheckingStatus.Ok, cancellationToken);
        await Engine.RunAsync(new RunOptions(StopWhenIdle: true), cancellationToken);

        var watched = Engine.Watcher(watcher.Id);
        var checks = Engine.GalleryLog(watched.GalleryLogId).Count;
        output.WriteLine($"   {download.Label}: {FileTally.Of(Engine.FileLog(download.FileLogId)).Describe()}");
        output.WriteLine($"   {watched.Label}: {FileTally.Of(Engine.FileLog(watched.FileLogId)).Describe()}; {checks} checks, then {WatchCommand.State(watched)}");
        return watched.Status == CheckingStatus.Gone;
    }

    /// <summary>A subscription's first sync, then a later sync after the booru got new posts; returns the files the later sync found.</summary>
    public async Task<int> SubscriptionAsync(CancellationToken cancellationToken)
    {
        Heading($"2. a subscription to {string.Join(" and ", SubscriptionQueries.Select(query => $"\"{query}\""))}: its first sync");
        if (Engine.Subscriptions().Any(existing => existing.Name == SubscriptionName))
        {
            Engine.RemoveSubscription(SubscriptionName);
        }

        Engine.AddSubscription(SubscriptionName, Gug, SubscriptionQueries);
        await Engine.RunAsync(new RunOptions(StopWhenIdle: true), cancellationToken);
        var first = Files(Engine.Subscription(SubscriptionName));
        output.WriteLine($"   first sync: {first.Describe()}");

        var subscription = Engine.Subscription(SubscriptionName);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var due = subscription.Queries.Max(query => Math.Max(query.NextCheck, query.NoWorkUntil)) + 1;
        Heading($"3. the next sync is due {HumanTime.Until(due, now)}: the clock skips ahead, and meanwhile the booru published up to {LaterPosts - FirstPosts} new posts");
        clock.Advance(TimeSpan.FromSeconds(Math.Max(0, due - now)));
        await Engine.RunAsync(new RunOptions(StopWhenIdle: true), cancellationToken);
        subscription = Engine.Subscription(SubscriptionName);
        var later = Files(subscription);
        var found = later.New + later.AlreadyInDb - first.New - first.AlreadyInDb;
        output.WriteLine($"   later sync: {found} new file{(found == 1 ? "" : "s")}; the subscription now has {later.Describe()}");
        foreach (var query in subscription.Queries)
        {
            output.WriteLine($"   \"{query.Label}\": {query.Note}; next sync {HumanTime.Until(query.NextCheck, clock.GetUtcNow().ToUnixTimeSeconds())}");
        }

        return found;
    }

    /// <summary>Runs everything due (waiting for later checks too) until <paramref name="done"/> says so or the phase's time is up.</summary>
    private async Task RunUntilAsync(Func<bool> done, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = Engine.RunAsync(new RunOptions(StopWhenIdle: false), stop.Token);
        var elapsed = Stopwatch.StartNew();
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None));
            if (!stop.IsCancellationRequested && (done() || elapsed.Elapsed > PhaseLimit))
            {
                if (elapsed.Elapsed > PhaseLimit)
                {
                    output.WriteLine($"   (stopping the run: the thread was still there after {PhaseLimit.TotalSeconds:0} s)");
                }

                await stop.CancelAsync();
            }
        }

        await run;
    }

    private FileTally Files(Subscription subscription) =>
        subscription.Queries.Aggregate(FileTally.Empty, (sum, query) => sum.Plus(FileTally.Of(Engine.FileLog(query.FileLogId))));

    private void Heading(string text)
    {
        output.WriteLine();
        output.WriteLine(text);
    }
}
