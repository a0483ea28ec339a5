using HydraEngine.Model.Network;

namespace HydraEngine.Network.Tests.Support;

/// <summary>Options and folders the tests share.</summary>
public static class TestEngines
{
    public static DateTimeOffset Start { get; } = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    /// <summary>No bandwidth rules or politeness, near-instant backoff: for behaviour that has nothing to do with pacing.</summary>
    public static NetworkOptions Fast { get; } = new()
    {
        Polite = false,
        MaxAttempts = 4,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(5),
    };

    /// <summary>Polite, for a manual clock pumped by <see cref="ClockPump"/> (timeouts far away so pumping never trips them).</summary>
    public static NetworkOptions PoliteOnManualClock { get; } = new()
    {
        Polite = true,
        MaxAttempts = 4,
        RetryBaseDelay = TimeSpan.FromSeconds(1),
        RequestTimeout = TimeSpan.FromDays(1),
        StallTimeout = TimeSpan.FromDays(1),
        MaxTotalWait = TimeSpan.FromDays(1),
        SlowAnswer = TimeSpan.FromDays(1),
    };

    public static NetworkEngine Create(NetworkOptions options, TimeProvider? clock = null, params DomainMetadataPackage[] domainMetadata) =>
        NetworkEngine.Create(options, domainMetadata, clock ?? TimeProvider.System);

    public static DomainMetadataPackage Rules(string domain, params BandwidthRule[] rules) =>
        new(domain, null, new BandwidthRules(rules));

    /// <summary>A new empty folder under the system temp folder.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "hydra-network-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
