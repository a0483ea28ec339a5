using HydraEngine.Downloading;
using HydraEngine.Downloading.Running;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HydraEngine.Host.Serving;

/// <summary>
/// The download engine, run for as long as the server runs: subscriptions sync when due, watchers check on their
/// timers, queued URLs download. It holds the store's run lock throughout; a stop leaves interrupted files pending
/// (the next start resumes them) and no partial file. If another run holds the store, the server stops with an error.
/// </summary>
internal sealed class DownloadLoop(HydraEngineInstance engine, IHostApplicationLifetime lifetime, ILogger<DownloadLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            logger.LogInformation("downloads: running everything due on {Store}", engine.Store.Location.DatabasePath);
            var summary = await engine.Downloads.RunAsync(new RunOptions(StopWhenIdle: false), stoppingToken).ConfigureAwait(false);
            logger.LogInformation("downloads: stopped after {Jobs} jobs ({Failed} stopped on an error)", summary.JobsStarted, summary.JobsFailed);
        }
        catch (DownloadException exception)
        {
            logger.LogError("downloads: {Message}", exception.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }
}
