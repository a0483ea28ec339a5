using HydraEngine.Network.Bandwidth;

namespace HydraEngine.Network.Scheduling;

/// <summary>Where a request goes: its URL, its domain (netloc, "www" removed) and the bandwidth contexts it counts against.</summary>
internal sealed record RequestTarget(Uri Url, string Domain, IReadOnlyList<BandwidthContext> Contexts);
