namespace HydraEngine.Downloading.Running;

/// <summary>
/// Works through everything due, several jobs at once, until cancelled (or, with <see cref="RunOptions.StopWhenIdle"/>,
/// until nothing is due). Work queued in this process starts at once (<see cref="WorkSignal"/>), work queued by another
/// process at the next poll; a job that stopped on an error is tried again after the network error delay.
/// Cancelling leaves every interrupted seed pending and no partial file behind.
/// </summary>
internal sealed class DownloadRunner(DownloadEngine engine)
{
    private readonly DueWorkCollector collector = new(engine);

    public async Task<RunSummary> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var running = new Dictionary<string, Task>(StringComparer.Ordinal);
        var failed = new System.Collections.Concurrent.ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var started = 0;
        var services = engine.Services;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var queued = engine.Signal.Next;
                var now = services.Now;
                foreach (var job in collector.Collect(now).Where(job => !running.ContainsKey(job.Key) && !(failed.TryGetValue(job.Key, out var retry) && retry > now)))
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
                    var finished = await Task.WhenAny(running.Values.Append(queued)).ConfigureAwait(false);
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

                var poll = (long)Math.Max(1, options.IdlePoll.TotalSeconds);
                var next = collector.NextDue(now);
                var retries = failed.Values.Where(retry => retry > now).DefaultIfEmpty(now + poll).Min();
                var wait = TimeSpan.FromSeconds(Math.Clamp(Math.Min(next ?? now + poll, retries) - now, 1, poll));
                await Task.WhenAny(Task.Delay(wait, services.Clock, cancellationToken), queued).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running.Values).ConfigureAwait(false);
        return new RunSummary(started, failed.Count);
    }

    private async Task RunJobAsync(DueJob job, System.Collections.Concurrent.ConcurrentDictionary<string, long> failed, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            await job.Run(cancellationToken).ConfigureAwait(false);
            failed.TryRemove(job.Key, out _);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is DownloadException or Library.LibraryException or Storage.StoreException or Network.NetworkException or Matching.UrlClassException or IOException)
        {
            Stopped(job, failed, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Anything else (a database fault, a bug) stops this job too, rather than the run retrying it at once forever.
            Stopped(job, failed, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private void Stopped(DueJob job, System.Collections.Concurrent.ConcurrentDictionary<string, long> failed, string reason)
    {
        failed[job.Key] = engine.Services.Now + (long)engine.Services.Options.NetworkErrorDelay.TotalSeconds;
        engine.Services.Events.Notice(job.Label, $"stopped: {reason}");
    }
}

/// <summary>How a run goes: stop when nothing is due (tests, `hydra download`), or keep waiting for due work (`hydra run`, `hydra serve`).</summary>
public sealed record RunOptions(bool StopWhenIdle = false)
{
    /// <summary>How often an idle run looks for work another process queued (work queued in this process starts at once).</summary>
    public TimeSpan IdlePoll { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>Jobs started and jobs whose last try in this run stopped on an error.</summary>
public sealed record RunSummary(int JobsStarted, int JobsFailed);
