namespace HydraEngine.FixtureBooru;

/// <summary>
/// The thread schedule: every thread is created at server start with its opening post; reply k (k ≥ 1) appears
/// <c>FirstInterval × (1 + Slowdown + … + Slowdown^(k−1))</c> after creation, so posting slows down; after
/// <see cref="Lifetime"/> of clock time the thread answers 404.
/// </summary>
public sealed record ThreadScheduleOptions
{
    /// <summary>How many threads exist (ids 1..Count).</summary>
    public int Count { get; init; } = 2;

    /// <summary>The gap between the opening post and the first reply.</summary>
    public TimeSpan FirstInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Each gap is this many times the previous one (1 = steady).</summary>
    public double Slowdown { get; init; } = 1.5;

    /// <summary>Posts per thread including the opening post.</summary>
    public int MaxPosts { get; init; } = 10;

    /// <summary>Clock time after creation from which the thread is gone (404).</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(24);
}
