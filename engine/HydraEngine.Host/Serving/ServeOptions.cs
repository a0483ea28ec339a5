using System.Net;
using HydraEngine.Host.Maintenance;

namespace HydraEngine.Host.Serving;

/// <summary>How <c>hydra serve</c> runs: the engine it builds, where it listens, when maintenance may run.</summary>
/// <param name="Engine">The engine (store, plugins, clock, synchronous level).</param>
public sealed record ServeOptions(HydraEngineOptions Engine)
{
    /// <summary>hydrus's Client API port, so clients made for hydrus find us where they look.</summary>
    public const int DefaultPort = 45869;

    public int Port { get; init; } = DefaultPort;

    /// <summary>The address Kestrel binds: loopback unless the user says otherwise.</summary>
    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    public MaintenanceMode Maintenance { get; init; } = MaintenanceMode.Idle;

    /// <summary>When set, the server speaks https with this certificate (the Client API's <c>--api-https</c>).</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate { get; init; }

    /// <summary>The maintenance jobs to run (components add theirs with <see cref="MaintenanceJobs.With"/>).</summary>
    public MaintenanceJobs MaintenanceJobs { get; init; } = MaintenanceJobs.Default;

    /// <summary>How long the engine must have been idle (no download, no request) before maintenance takes a slice.</summary>
    public TimeSpan IdleBeforeMaintenance { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a clean stop (SIGINT/SIGTERM) may take: downloads in flight are abandoned as pending, never left partial.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
