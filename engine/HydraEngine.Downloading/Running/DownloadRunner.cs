namespace HydraEngine.Downloading.Running;

/// <summary>
/// Works through everything due, several jobs at once, until cancelled (or, with <see cref="RunOptions.StopWhenIdle"/>,
/// until nothing is due). Cancelling leaves every interrupted seed pending and no partial file behind.
/// </summary>
internal sealed class DownloadRunner(DownloadEngine engine)
{
    private readonly DueWorkCollector collector = new(engine);

    public async Task<RunSummary> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var running = new Dictionary<string, Task>(StringComparer.Ordinal);
        var failed = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var started = 0;
        var services = engine.Services;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var now = services.Now;
                foreach (var job in collector.Collect(now).Where(job => !running.ContainsKey(job.Key) && !failed.ContainsKey(job.Key)))
                {
                    if (running.Count >= services.Options.MaxConcurrentJobs)
                    {
                        break;
                    }

                    running[job.Key] = RunJobAsync(job, failed, cancellationToken);
                    started++;
                }

                if (running.Count > 0)
                {
                    var finished = await Task.WhenAny(running.Values).ConfigureAwait(false);
                    foreach (var key in running.Where(pair => pair.Value == finished).Select(pair => pair.Key).ToList())
                    {
                        running.Remove(key);
                    }

                    continue;
                }

                if (options.StopWhenIdle)
                {
                    break;
                }

                var next = collector.NextDue(now);
                var wait = TimeSpan.FromSeconds(Math.Clamp((next ?? now + 60) - now, 1, 60));
                await Task.Delay(wait, services.Clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running.Values).ConfigureAwait(false);
        return new RunSummary(started, failed.Count);
    }

    private async Task RunJobAsync(DueJob job, System.Collections.Concurrent.ConcurrentDictionary<string, bool> failed, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            await job.Run(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is DownloadException or Library.LibraryException or Storage.StoreException or Network.NetworkException or Matching.UrlClassException or IOException)
        {
            failed[job.Key] = true;

            engine.Services.Events.Notice(job.Label, $"stopped: {exception.Message}");
        }
    }
}

/// <summary>How a run goes: stop when nothing is due (tests, `hydra download`), or keep waiting for due work (`hydra run`).</summary>
public sealed record RunOptions(bool StopWhenIdle = false);

/// <summary>Jobs started and jobs that stopped on an error during one run.</summary>
public sealed record RunSummary(int JobsStarted, int JobsFailed);
