namespace HydraEngine.FixtureBooru;

/// <summary>How a <see cref="FixtureBooruServer"/> is started and what content it generates.</summary>
public sealed record FixtureBooruOptions
{
    /// <summary>The loopback port to bind; 0 picks a free one (the demo uses 8089).</summary>
    public int Port { get; init; }

    /// <summary>The server's clock: posted times, thread growth and thread death, and request log times.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Seed of the deterministic content generator (same seed, same posts, tags and file bytes).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How many booru posts exist (ids 1..PostCount, newest = highest id).</summary>
    public int PostCount { get; init; } = 60;

    /// <summary>Posts per gallery page and per API page.</summary>
    public int PostsPerPage { get; init; } = 20;

    /// <summary>The gap between consecutive posts' posted times; the newest post is one gap before server start.</summary>
    public TimeSpan PostInterval { get; init; } = TimeSpan.FromHours(6);

    /// <summary>How many of the newest posts are dated after the start (one per <see cref="PostInterval"/>): they appear as the clock reaches them, for subscriptions.</summary>
    public int FuturePosts { get; init; }

    /// <summary>The threads and when their posts appear.</summary>
    public ThreadScheduleOptions Threads { get; init; } = new();

    /// <summary>The account accepted by <c>POST /login</c>.</summary>
    public string Username { get; init; } = "fixture";

    /// <summary>The password of <see cref="Username"/>.</summary>
    public string Password { get; init; } = "hunter2";
}
