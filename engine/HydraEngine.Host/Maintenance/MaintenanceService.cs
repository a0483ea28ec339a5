using HydraEngine.Host.Serving;
using Microsoft.Extensions.Hosting;

namespace HydraEngine.Host.Maintenance;

/// <summary>
/// Runs maintenance in <c>hydra serve</c> per <see cref="ServeOptions.Maintenance"/>: while idle, one bounded slice at a
/// time and a new round at most every <see cref="RoundInterval"/>; or on shutdown, as many slices as the stop allows.
/// </summary>
internal sealed class MaintenanceService(HydraEngineInstance engine, ServeOptions options) : BackgroundService
{
    private static readonly TimeSpan RoundInterval = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    private readonly MaintenanceRunner runner = new(engine, options.MaintenanceJobs.Create());

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (options.Maintenance != MaintenanceMode.Shutdown)
        {
            return;
        }

        runner.StartRound();
        while (!cancellationToken.IsCancellationRequested && runner.RunSlice(cancellationToken))
        {
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Maintenance != MaintenanceMode.Idle)
        {
            return;
        }

        var roundEnded = DateTimeOffset.MinValue;
        runner.StartRound();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Poll, stoppingToken).ConfigureAwait(false);
                if (engine.Activity.IdleFor < options.IdleBeforeMaintenance)
                {
                    continue;
                }

                if (runner.RoundDone)
                {
                    if (engine.Clock.GetUtcNow() - roundEnded < RoundInterval)
                    {
                        continue;
                    }

                    runner.StartRound();
                }

                runner.RunSlice(stoppingToken);
                if (runner.RoundDone)
                {
                    roundEnded = engine.Clock.GetUtcNow();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
