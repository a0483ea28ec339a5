namespace HydraEngine.Testing;

/// <summary>
/// A clock that only moves when a test says so. Timers created from it fire when <see cref="Advance"/> passes
/// their due time, so <c>Task.Delay(span, clock)</c> completes deterministically.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object gate = new();
    private readonly List<ManualTimer> timers = [];
    private DateTimeOffset now;

    public ManualTimeProvider(DateTimeOffset start) => now = start;

    public ManualTimeProvider(long unixSeconds) : this(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public void SetUtcNow(DateTimeOffset value)
    {
        lock (gate)
        {
            if (value < now)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "a manual clock never goes backwards");
            }
        }

        Advance(value - GetUtcNow());
    }

    /// <summary>Moves the clock forward and fires every timer that falls due, in due order.</summary>
    public void Advance(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        DateTimeOffset target;
        lock (gate)
        {
            target = now + span;
        }

        while (true)
        {
            ManualTimer? next;
            lock (gate)
            {
                next = timers.Where(timer => timer.Due <= target).MinBy(timer => timer.Due);
                if (next is null)
                {
                    now = target;
                    return;
                }

                if (next.Due > now)
                {
                    now = next.Due;
                }

                next.Reschedule();
            }

            next.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner.gate)
            {
                owner.timers.Remove(this);
                this.period = period;
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    Due = owner.now + dueTime;
                    owner.timers.Add(this);
                }
            }

            return true;
        }

        /// <summary>Called under the owner's lock: drops a one-shot timer, moves a periodic one on.</summary>
        public void Reschedule()
        {
            owner.timers.Remove(this);
            if (period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero)
            {
                Due += period;
                owner.timers.Add(this);
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner.gate)
            {
                owner.timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
