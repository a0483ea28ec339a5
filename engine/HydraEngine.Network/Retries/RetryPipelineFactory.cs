using Polly;
using Polly.Retry;

namespace HydraEngine.Network.Retries;

/// <summary>
/// The Polly retry pipeline every request runs in: only <see cref="RetryableFailure"/>s are retried; the wait is
/// the server's Retry-After, otherwise exponential backoff with ±20% jitter; all waits go on the engine's clock and
/// come out of the request's <see cref="RequestRun.Budget"/> — a wait that would pass it ends the retries.
/// </summary>
internal static class RetryPipelineFactory
{
    public static readonly ResiliencePropertyKey<RequestRun> RunKey = new("hydra.request-run");

    public static ResiliencePipeline Create(NetworkOptions options, TimeProvider clock)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = clock };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome.Exception, arguments.Context, arguments.AttemptNumber, options)),
                DelayGenerator = arguments => ValueTask.FromResult<TimeSpan?>(arguments.Context.Properties.GetValue(RunKey, null!).PlannedDelay),
            });
        }

        return builder.Build();
    }

    /// <summary>Backoff for the retry after attempt <paramref name="attemptNumber"/> (0 = the first attempt).</summary>
    internal static TimeSpan Backoff(int attemptNumber, NetworkOptions options)
    {
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attemptNumber, 30));
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, options.MaxRetryDelay.TotalMilliseconds));
    }

    private static bool ShouldRetry(Exception? exception, ResilienceContext context, int attemptNumber, NetworkOptions options)
    {
        if (exception is not RetryableFailure failure || context.CancellationToken.IsCancellationRequested || attemptNumber >= options.MaxAttempts - 1)
        {
            return false;
        }

        var run = context.Properties.GetValue(RunKey, null!);
        if (failure.Kind == RetryableKind.Unreachable && attemptNumber >= UnreachableHost.MaxAttempts - 1)
        {
            run.GaveUpBecause = "the host cannot be reached";
            return false;
        }

        var delay = failure.RetryAfter ?? Backoff(attemptNumber, options);
        if (!run.Budget.TrySpend(delay))
        {
            run.GaveUpBecause = failure.RetryAfter is not null
                ? $"the server asked to wait {Scheduling.RequestAdmission.Describe(delay)}, more than the {Scheduling.RequestAdmission.Describe(run.Budget.Remaining)} left of the cap on waiting"
                : $"the next wait of {Scheduling.RequestAdmission.Describe(delay)} would pass the {Scheduling.RequestAdmission.Describe(run.Budget.Cap)} cap on waiting";
            return false;
        }

        run.PlannedDelay = delay;
        return true;
    }
}
