using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using HydraEngine.Cli.Commands.Demo;
using HydraEngine.Cli.Commands.Downloads;
using HydraEngine.Host;
using HydraEngine.Network;
using HydraEngine.Storage.Database;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// <c>hydra demo</c>: the engine's main job, offline. A fixture booru is served from this process; its downloader
/// (embedded in the binary) is imported; a gallery download, a thread watcher and a subscription run against it on an
/// accelerated clock; the store is searched for what they stored.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The demo clock's default pace: 1 real second is 30 minutes.</summary>
    public const double DefaultSpeed = 1800;

    public static Command Create()
    {
        var database = new Option<string?>("--db") { Description = "Run on this store (default: a new temporary one, kept afterwards for a look)." };
        var keep = new Option<string?>("--out") { Description = "Folder for the exported downloader PNG (default: beside the store)." };
        var speed = new Option<double>("--speed") { Description = $"Demo clock seconds per real second (default {DefaultSpeed:0}: 1 s is 30 minutes).", DefaultValueFactory = _ => DefaultSpeed };
        var command = new Command("demo", "Run the downloader offline against a fixture booru served by this process: a gallery download, a thread watcher until the thread 404s, a subscription's first and later sync, then a store search.")
        {
            database, keep, speed,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            using var interrupt = new ConsoleInterrupt(cancellationToken, error);
            try
            {
                return await RunAsync(parseResult.GetValue(database), parseResult.GetValue(keep), parseResult.GetValue(speed), parseResult.InvocationConfiguration.Output, error, interrupt.Token);
            }
            catch (OperationCanceledException) when (interrupt.Stopped)
            {
                error.WriteLine("stopped: the demo was interrupted; what it downloaded so far stays in its store, and nothing half-written is left.");
                return ExitCodes.Interrupted;
            }
        });
        return command;
    }

    public static Task<int> RunAsync(string? database, string? outputFolder, double speed, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        DownloadCommandRunner.RunAsync(error, async () =>
        {
            if (speed < 1)
            {
                throw new Downloading.DownloadException("--speed must be at least 1");
            }

            var elapsed = Stopwatch.StartNew();
            var location = StoreLocation.FromOption(database ?? Path.Combine(Directory.CreateTempSubdirectory("hydra-demo-").FullName, StoreLocation.DefaultDatabaseName));
            var clock = new AcceleratedTimeProvider(speed);
            var start = clock.GetUtcNow();
            output.WriteLine($"hydra demo: offline, against a fixture booru served by this process. Its clock and the downloader's run {speed.ToString("0", CultureInfo.InvariantCulture)}x real time (1 s = {HumanTime.Span((long)speed)}).");
            await using var booru = await DemoBooru.StartAsync(clock, DemoScenario.FirstPosts, DemoScenario.LaterPosts - DemoScenario.FirstPosts, DemoDownloader.PreviousPort(location.DatabasePath), cancellationToken);
            output.WriteLine($"fixture booru at {booru.Server.BaseAddress}: {booru.Server.Site.Posts.Count} posts, {DemoBooru.PostsPerPage} a page; thread 1 grows for a while and is gone after {HumanTime.Span((long)DemoBooru.ThreadLifetime.TotalSeconds)}.");

            var definitions = DemoDownloader.Load(booru.Server.Domain);
            output.WriteLine(DemoDownloader.Import(location.DatabasePath, definitions));
            var (png, identical) = DemoDownloader.RoundTrip(definitions, outputFolder ?? location.RootFolder);
            output.WriteLine($"exported it as one hydrus PNG, {png}; read back {(identical ? "identical" : "DIFFERENT")}.");

            var reporter = new RunReporter(output, interactive: false, stamp: () => $"   [+{HumanTime.Span((long)(clock.GetUtcNow() - start).TotalSeconds)}] ");
            var network = new NetworkOptions { Polite = false, RetryBaseDelay = TimeSpan.FromMilliseconds(100), MaxRetryDelay = TimeSpan.FromSeconds(1) };
            await using var session = HydraEngineHost.Open(new HydraEngineOptions(location) { Events = reporter, Clock = clock, Network = network });
            var scenario = new DemoScenario(session, booru, clock, output);
            var threadGone = await scenario.GalleryAndThreadAsync(cancellationToken);
            var later = await scenario.SubscriptionAsync(cancellationToken);

            var files = DemoSearch.Write(session.Store, output);
            output.WriteLine();
            output.WriteLine($"demo finished in {elapsed.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({HumanTime.Span((long)(clock.GetUtcNow() - start).TotalSeconds)} of demo time): {files} files in the store at {location.DatabasePath}"
                + $"{(threadGone ? "" : "; the thread never went away")}{(later > 0 ? "" : "; the later sync found nothing new")}.");
            cancellationToken.ThrowIfCancellationRequested();
            return identical && files > 0 ? 0 : 1;
        });
}
