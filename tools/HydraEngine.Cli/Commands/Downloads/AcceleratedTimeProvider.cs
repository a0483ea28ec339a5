using System.Diagnostics;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>
/// A clock that runs <see cref="Speed"/> times faster than real time (the demo: 1 real second = 30 minutes), with
/// timers scaled to match, so thread growth, check schedules and file velocity play out in seconds. <see cref="Advance"/>
/// jumps it forward ("a day later").
/// </summary>
internal sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset start;
    private readonly long startTimestamp = Stopwatch.GetTimestamp();
    private long skippedTicks;

    public AcceleratedTimeProvider(double speed, DateTimeOffset? start = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speed, 1.0);
        Speed = speed;
        this.start = start ?? System.GetUtcNow();
    }

    /// <summary>Clock seconds per real second.</summary>
    public double Speed { get; }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() =>
        start + TimeSpan.FromTicks((long)(Stopwatch.GetElapsedTime(startTimestamp).Ticks * Speed) + Interlocked.Read(ref skippedTicks));

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward at once (timers already running keep their real-time schedule).</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref skippedTicks, by.Ticks);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(1, (long)(span.Ticks / Speed)));

    private sealed class ScaledTimer(ITimer inner, AcceleratedTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
