using System.Diagnostics;
using HydraEngine.Cli.Commands.Downloads;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary>The demo's clock: faster than real time, with timers to match.</summary>
public sealed class AcceleratedTimeProviderTests
{
    [Fact]
    public async Task The_clock_runs_speed_times_faster()
    {
        var clock = new AcceleratedTimeProvider(1000);
        var before = clock.GetUtcNow();

        await Task.Delay(200);

        (clock.GetUtcNow() - before).ShouldBeGreaterThan(TimeSpan.FromSeconds(150));
    }

    [Fact]
    public async Task A_delay_on_the_clock_takes_real_time_divided_by_the_speed()
    {
        var clock = new AcceleratedTimeProvider(600);
        var elapsed = Stopwatch.StartNew();

        await Task.Delay(TimeSpan.FromMinutes(5), clock);

        elapsed.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        elapsed.Elapsed.ShouldBeGreaterThan(TimeSpan.FromMilliseconds(400));
    }

    [Fact]
    public void Advance_jumps_the_clock_forward()
    {
        var clock = new AcceleratedTimeProvider(1);
        var before = clock.GetUtcNow();

        clock.Advance(TimeSpan.FromDays(2));

        (clock.GetUtcNow() - before).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromDays(2));
    }
}
