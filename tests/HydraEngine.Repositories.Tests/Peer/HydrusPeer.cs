using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using HydraEngine.Repositories.Protocol;

namespace HydraEngine.Repositories.Tests.Peer;

/// <summary>
/// A real hydrus server in a temp folder on free loopback ports, set up through the protocol as its administrator
/// would: claim the server, add a tag repository (short update period), make two accounts on it. Stopped (its
/// process killed) and deleted on dispose.
/// </summary>
public sealed class HydrusPeer : IAsyncDisposable
{
    /// <summary>Seconds per repository update: uploads show in an update within about this long.</summary>
    public const int UpdatePeriod = 2;

    private readonly Process process;
    private readonly StringBuilder log = new();

    private HydrusPeer(Process process, string folder, int adminPort, int repositoryPort)
    {
        this.process = process;
        Folder = folder;
        AdminPort = adminPort;
        RepositoryPort = repositoryPort;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Folder { get; }

    public int AdminPort { get; }

    public int RepositoryPort { get; }

    /// <summary>The tag repository's administrator (made with the service).</summary>
    public byte[] RepositoryAdminKey { get; private set; } = [];

    /// <summary>An account that uploads.</summary>
    public byte[] UploaderKey { get; private set; } = [];

    /// <summary>A registration key (token) not yet turned into an access key.</summary>
    public byte[] SpareRegistrationKey { get; private set; } = [];

    /// <summary>An account that only synchronises.</summary>
    public byte[] ReaderKey { get; private set; } = [];

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public static async Task<HydrusPeer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("hydrus-peer-").FullName;
        var (adminPort, repositoryPort) = (FreePort(), FreePort());
        var script = Path.Combine(AppContext.BaseDirectory, "Peer", "hydrus_peer.py");
        var start = new ProcessStartInfo(HydrusPeerRequirements.Python, [script, HydrusPeerRequirements.HydrusFolder, Path.Combine(folder, "db"), adminPort.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["TZ"] = "UTC", ["QT_QPA_PLATFORM"] = "offscreen" },
        };
        var peer = new HydrusPeer(Process.Start(start)!, folder, adminPort, repositoryPort);
        try
        {
            await peer.SetUpAsync().ConfigureAwait(false);
            return peer;
        }
        catch (Exception exception)
        {
            var log = peer.Log;
            await peer.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"the hydrus server did not come up: {exception.Message}\n--- server log ---\n{log}", exception);
        }
    }

    public RepositoryConnection Connect() => new("127.0.0.1", RepositoryPort, TimeProvider.System, TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }

        process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by a dying child; the temp folder is swept by the system
        }
    }

    private async Task SetUpAsync()
    {
        using var admin = new RepositoryConnection("127.0.0.1", AdminPort, TimeProvider.System, TimeSpan.FromSeconds(30));
        var adminKey = await RetryAsync(() => ServerAdministration.ClaimAsync(admin, CancellationToken.None)).ConfigureAwait(false);
        RepositoryAdminKey = await ServerAdministration.AddTagRepositoryAsync(new RepositoryClient(admin, adminKey), "test tags", RepositoryPort, UpdatePeriod, CancellationToken.None).ConfigureAwait(false);
        using var repository = Connect();
        var repositoryAdmin = new RepositoryClient(repository, RepositoryAdminKey);
        var types = await RetryAsync(() => ServerAdministration.AccountTypesAsync(repositoryAdmin, CancellationToken.None)).ConfigureAwait(false);
        var administrator = types.Single(type => type.Title == "administrator").Key;
        var registrations = await ServerAdministration.RegistrationKeysAsync(repositoryAdmin, administrator, 3, CancellationToken.None).ConfigureAwait(false);
        UploaderKey = await RepositoryClient.AccessKeyFromRegistrationAsync(repository, registrations[0], CancellationToken.None).ConfigureAwait(false);
        ReaderKey = await RepositoryClient.AccessKeyFromRegistrationAsync(repository, registrations[1], CancellationToken.None).ConfigureAwait(false);
        SpareRegistrationKey = registrations[2];
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (RepositoryException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(250).ConfigureAwait(false);
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
