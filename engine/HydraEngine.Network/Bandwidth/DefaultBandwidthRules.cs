using HydraEngine.Model.Network;

namespace HydraEngine.Network.Bandwidth;

/// <summary>hydrus's default rules per context type (<c>ClientNetworkingBandwidth</c> defaults).</summary>
internal static class DefaultBandwidthRules
{
    private const long GiB = 1024L * 1024 * 1024;
    private const long Day = 86400;

    /// <summary>Every request: 5 requests per second, 16 GiB per day.</summary>
    public static IReadOnlyList<BandwidthRule> Global { get; } =
        [new(BandwidthType.Requests, 1, 5), new(BandwidthType.Data, Day, 16 * GiB)];

    /// <summary>Any domain without its own rules: 1 request per second, 8 GiB per day.</summary>
    public static IReadOnlyList<BandwidthRule> Domain { get; } =
        [new(BandwidthType.Requests, 1, 1), new(BandwidthType.Data, Day, 8 * GiB)];

    /// <summary>A downloader page: 1 GiB per 5 minutes.</summary>
    public static IReadOnlyList<BandwidthRule> DownloaderPage { get; } = [new(BandwidthType.Data, 300, GiB)];

    /// <summary>A subscription: 1000 requests and 1 GiB per day.</summary>
    public static IReadOnlyList<BandwidthRule> Subscription { get; } =
        [new(BandwidthType.Requests, Day, 1000), new(BandwidthType.Data, Day, GiB)];

    /// <summary>Watchers and ad hoc requests: none.</summary>
    public static IReadOnlyList<BandwidthRule> None { get; } = [];

    public static IReadOnlyList<BandwidthRule> ForJob(NetworkJobKind kind) => kind switch
    {
        NetworkJobKind.DownloaderPage => DownloaderPage,
        NetworkJobKind.Subscription => Subscription,
        _ => None,
    };
}
