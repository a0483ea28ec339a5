namespace HydraEngine.Network.Politeness;

/// <summary>
/// Adaptive spacing between request starts per domain, beyond hydrus's fixed rules: a sign of strain (429, 503, a
/// slow answer) doubles the domain's spacing (at least <see cref="StrainFloor"/>, at most <see cref="MaxSpacing"/>);
/// each success takes <see cref="RecoveryStep"/> off again. A Retry-After also holds every request to the domain back.
/// Shared by every job kind, so one budget covers them all.
/// </summary>
internal sealed class DomainPoliteness(TimeProvider clock)
{
    public static readonly TimeSpan StrainFloor = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxSpacing = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan RecoveryStep = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, DomainPace> paces = new(StringComparer.Ordinal);

    /// <summary>The domain's current spacing between request starts.</summary>
    public TimeSpan Spacing(string domain)
    {
        lock (paces)
        {
            return paces.TryGetValue(domain, out var pace) ? pace.Spacing : TimeSpan.Zero;
        }
    }

    /// <summary>How long until the domain may see its next request start.</summary>
    public TimeSpan Wait(string domain)
    {
        lock (paces)
        {
            if (!paces.TryGetValue(domain, out var pace))
            {
                return TimeSpan.Zero;
            }

            var next = pace.LastStart + pace.Spacing;
            if (pace.HeldUntil > next)
            {
                next = pace.HeldUntil;
            }

            var now = clock.GetUtcNow();
            return next > now ? next - now : TimeSpan.Zero;
        }
    }

    public void MarkStarted(string domain)
    {
        lock (paces)
        {
            Pace(domain).LastStart = clock.GetUtcNow();
        }
    }

    /// <summary>The domain is strained: widen its spacing; hold it back for <paramref name="retryAfter"/> when the server asked.</summary>
    public void ReportStrain(string domain, TimeSpan? retryAfter)
    {
        lock (paces)
        {
            var pace = Pace(domain);
            var doubled = pace.Spacing + pace.Spacing;
            pace.Spacing = doubled < StrainFloor ? StrainFloor : doubled > MaxSpacing ? MaxSpacing : doubled;
            if (retryAfter is { } hold && clock.GetUtcNow() + hold > pace.HeldUntil)
            {
                pace.HeldUntil = clock.GetUtcNow() + hold;
            }
        }
    }

    /// <summary>A good answer: narrow the spacing by one step.</summary>
    public void ReportSuccess(string domain)
    {
        lock (paces)
        {
            if (paces.TryGetValue(domain, out var pace))
            {
                pace.Spacing = pace.Spacing > RecoveryStep ? pace.Spacing - RecoveryStep : TimeSpan.Zero;
            }
        }
    }

    private DomainPace Pace(string domain)
    {
        if (!paces.TryGetValue(domain, out var pace))
        {
            paces[domain] = pace = new DomainPace();
        }

        return pace;
    }

    private sealed class DomainPace
    {
        public TimeSpan Spacing { get; set; }

        public DateTimeOffset LastStart { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset HeldUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
