using Microsoft.Extensions.Logging;

namespace HydraEngine.Host.Maintenance;

/// <summary>
/// Takes one engine's maintenance jobs round by round: each call runs one bounded slice of the next job that still
/// has work, until every job says it is done; a new round starts them all again.
/// </summary>
public sealed class MaintenanceRunner(HydraEngineInstance engine, IReadOnlyList<IMaintenanceJob> jobs)
{
    private readonly bool[] done = new bool[jobs.Count];
    private int next;

    /// <summary>Every job finished this round.</summary>
    public bool RoundDone => done.All(finished => finished);

    public void StartRound()
    {
        Array.Fill(done, false);
        next = 0;
    }

    /// <summary>Runs one slice; false when the round was already done. A job that throws is logged and done for this round.</summary>
    public bool RunSlice(CancellationToken cancellationToken)
    {
        for (var tried = 0; tried < jobs.Count; tried++)
        {
            var index = (next + tried) % jobs.Count;
            if (done[index])
            {
                continue;
            }

            next = (index + 1) % jobs.Count;
            var job = jobs[index];
            try
            {
                var slice = job.RunSlice(engine, cancellationToken);
                done[index] = !slice.MoreToDo;
                if (slice.Report is { } report)
                {
                    engine.Logger.LogInformation("maintenance: {Job}: {Report}", job.Name, report);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                done[index] = true;
                engine.Logger.LogWarning("maintenance: {Job} failed: {Message}", job.Name, exception.Message);
            }

            return true;
        }

        return false;
    }
}
