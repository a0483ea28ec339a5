using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Thumbnails;
using HydraEngine.Host;
using HydraEngine.Host.Maintenance;
using HydraEngine.Host.Serving;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HydraEngine.ClientApi.Serving;

/// <summary>
/// The Client API as a <c>hydra serve</c> surface: maps it over the server's engine (store through the download
/// engine's gate, downloads, library, network), with the access keys in the store's database. Its thumbnail job
/// (<see cref="Thumbnails"/>) makes thumbnails for files imported without one.
/// </summary>
public sealed class ClientApiModule(ClientApiOptions options) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints, HydraEngineInstance engine)
    {
        var keys = AccessKeyStore.Open(engine.Store.Location.DatabasePath, engine.Clock, engine.Options.Database);
        endpoints.ServiceProvider.GetService<IHostApplicationLifetime>()?.ApplicationStopped.Register(keys.Dispose);
        var context = new ClientApiContext(StoreAccess.Through(engine.Downloads), engine.Store.Location.RootFolder, keys, options, engine.Clock)
        {
            Downloads = engine.Downloads,
            Downloaders = engine.Downloaders,
            Network = engine.Network,
        };
        endpoints.MapClientApi(context);
    }

    /// <summary>The thumbnail maintenance job of the store at <paramref name="storeRoot"/>, for <see cref="MaintenanceJobs.With"/>.</summary>
    public static IMaintenanceJob Thumbnails(string storeRoot, ClientApiOptions? options = null) =>
        new ThumbnailMaintenanceJob(new ThumbnailCache(Path.Combine(options?.WorkFolder ?? Path.Combine(storeRoot, "client-api"), "thumbnails")));
}
