using HydraEngine.Host.Maintenance;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HydraEngine.Host.Serving;

/// <summary>
/// <c>hydra serve</c>: one engine on the .NET generic host (logging, configuration, SIGINT/SIGTERM handling) with one
/// Kestrel server. The download engine runs the whole time; maintenance runs per <see cref="ServeOptions.Maintenance"/>;
/// every <see cref="IEndpointModule"/> maps its endpoints; <c>GET /health</c> always answers.
/// </summary>
public sealed class HydraServer : IAsyncDisposable
{
    private readonly WebApplication application;

    private HydraServer(WebApplication application) => this.application = application;

    /// <summary>The engine the server runs (owned by the server: disposed with it).</summary>
    public HydraEngineInstance Engine => application.Services.GetRequiredService<HydraEngineInstance>();

    /// <summary>The address Kestrel listens on (known once started; port 0 picks a free one).</summary>
    public Uri BaseAddress => new(application.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>Builds the engine and the server; nothing runs until <see cref="StartAsync"/> or <see cref="RunAsync"/>.</summary>
    public static HydraServer Create(ServeOptions options, IEnumerable<IEndpointModule> modules, string[]? args = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [] });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.Bind, options.Port, listen =>
        {
            if (options.Certificate is { } certificate)
            {
                listen.UseHttps(certificate);
            }
        }));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddSingleton(services => HydraEngineHost.Open(options.Engine with { Logging = services.GetRequiredService<ILoggerFactory>() }));
        builder.Services.AddSingleton(options);
        builder.Services.AddHostedService<DownloadLoop>();
        builder.Services.AddHostedService<MaintenanceService>();
        var application = builder.Build();
        try
        {
            var engine = application.Services.GetRequiredService<HydraEngineInstance>();
            application.Use(async (context, next) =>
            {
                using var request = engine.Activity.Request();
                await next(context).ConfigureAwait(false);
            });
            foreach (var module in modules.Prepend(new HealthModule()))
            {
                module.Map(application, engine);
            }

            return new HydraServer(application);
        }
        catch
        {
            ((IDisposable)application).Dispose();
            throw;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken = default) => application.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => application.StopAsync(cancellationToken);

    /// <summary>Runs until SIGINT/SIGTERM (or <paramref name="cancellationToken"/>), then stops cleanly.</summary>
    public Task RunAsync(CancellationToken cancellationToken = default) => application.RunAsync(cancellationToken);

    public ValueTask DisposeAsync() => application.DisposeAsync();
}
