using HydraEngine.Testing;

namespace HydraEngine.Network.Tests.Support;

/// <summary>
/// Moves a <see cref="ManualTimeProvider"/> on while engine work is pending, but only when no request is in flight,
/// so a request reaches the server at (at most one step after) the clock time it was admitted at. Nothing is
/// asserted on real time.
/// </summary>
public static class ClockPump
{
    public static async Task<T> RunAsync<T>(ManualTimeProvider clock, NetworkEngine engine, Task<T> work, TimeSpan? step = null)
    {
        await RunAsync(clock, engine, (Task)work, step);
        return await work;
    }

    public static async Task RunAsync(ManualTimeProvider clock, NetworkEngine engine, Task work, TimeSpan? step = null)
    {
        var by = step ?? TimeSpan.FromMilliseconds(250);
        var guard = 0;
        while (!work.IsCompleted)
        {
            await Task.Delay(2);
            if (engine.DomainStatuses().Sum(status => status.InFlight) == 0)
            {
                clock.Advance(by);
            }

            if (++guard > 200_000)
            {
                throw new TimeoutException("the work never finished while the clock was pumped");
            }
        }

        await work;
    }
}
