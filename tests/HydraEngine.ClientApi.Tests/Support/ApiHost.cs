using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HydraEngine.ClientApi.Tests.Support;

/// <summary>The Client API on Kestrel (127.0.0.1, a free port) over a real store in a temporary folder.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly bool ownsStore;

    private ApiHost(WebApplication app, string folder, HydraStore store, ClientApiContext context, Uri address, bool ownsStore)
    {
        this.app = app;
        this.ownsStore = ownsStore;
        Folder = folder;
        Store = store;
        Context = context;
        Client = new HttpClient { BaseAddress = address };
    }

    public string Folder { get; }

    public HydraStore Store { get; }

    public ClientApiContext Context { get; }

    public HttpClient Client { get; }

    public static async Task<ApiHost> StartAsync(Func<HydraStore, AccessKeyStore, string, ClientApiContext>? makeContext = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hydra-api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = HydraStore.Open(new StoreLocation(Path.Combine(folder, "hydra.db")));
        var keys = AccessKeyStore.Open(store.Location.DatabasePath);
        var context = makeContext?.Invoke(store, keys, folder) ?? new ClientApiContext(new StoreAccess(store), folder, keys);
        return await ServeAsync(context, folder, store, ownsStore: true);
    }

    /// <summary>Serves a context over a store someone else owns (an engine instance); the folder is still deleted at the end.</summary>
    public static async Task<ApiHost> ServeAsync(ClientApiContext context, string folder, HydraStore store, bool ownsStore = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapClientApi(context);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiHost(app, folder, store, context, new Uri(address.TrimEnd('/') + "/"), ownsStore);
    }

    /// <summary>A new approved key with these permissions (none: a key that may do nothing).</summary>
    public string Key(params ClientApiPermission[] permissions) =>
        Context.Keys.Add("key " + Guid.NewGuid().ToString("N")[..8], permissions, permitsEverything: false).Key;

    public string KeyForEverything() => Context.Keys.Add("all " + Guid.NewGuid().ToString("N")[..8], [], permitsEverything: true).Key;

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery.TrimStart('/'));
        if (key is not null)
        {
            request.Headers.Add("Hydrus-Client-API-Access-Key", key);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string path, JsonObject body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/')) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Hydrus-Client-API-Access-Key", key);
        }

        return Client.SendAsync(request);
    }

    /// <summary>POSTs raw bytes with a content type of the caller's choosing (bodies that are not well-formed JSON).</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, byte[] body, string contentType, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/')) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Add("Hydrus-Client-API-Access-Key", key);
        return Client.SendAsync(request);
    }

    public static async Task<JsonObject> JsonOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Context.Keys.Dispose();
        if (!ownsStore)
        {
            return;
        }

        Store.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temporary folder is left behind.
        }
    }
}
