using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using HydraEngine.Host;
using HydraEngine.Host.Maintenance;
using HydraEngine.Host.Serving;
using HydraEngine.Testing;

namespace HydraEngine.Editor.Tests.Support;

/// <summary><c>hydra serve</c>'s server (<see cref="HydraServer"/>) with the editor, on a fresh store and a free loopback port.</summary>
internal sealed class EditorServer : IAsyncDisposable
{
    private readonly TemporaryFolder folder;
    private readonly HydraServer server;

    private EditorServer(TemporaryFolder folder, HydraServer server)
    {
        this.folder = folder;
        this.server = server;
        Client = new HttpClient { BaseAddress = new Uri(server.BaseAddress, "/editor/api/") };
    }

    public HttpClient Client { get; }

    public HydraEngineInstance Engine => server.Engine;

    public static async Task<EditorServer> StartAsync(EditorOptions? options = null)
    {
        var folder = new TemporaryFolder();
        var serve = new ServeOptions(HydraEngineOptions.ForDatabase(folder.File("hydra.db"))) { Port = 0, Maintenance = MaintenanceMode.Never, MaintenanceJobs = MaintenanceJobs.None };
        var server = HydraServer.Create(serve, [new EditorModule(options ?? EditorOptions.Default)]);
        await server.StartAsync();
        return new EditorServer(folder, server);
    }

    public async Task<(int Status, JsonNode? Body)> PostAsync(string path, JsonNode body)
    {
        using var response = await Client.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        return ((int)response.StatusCode, await Read(response));
    }

    public async Task<(int Status, JsonNode? Body)> PostBytesAsync(string path, byte[] body)
    {
        using var response = await Client.PostAsync(path, new ByteArrayContent(body));
        return ((int)response.StatusCode, await Read(response));
    }

    public async Task<(int Status, JsonNode? Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return ((int)response.StatusCode, await Read(response));
    }

    private static async Task<JsonNode?> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await server.StopAsync();
        await server.DisposeAsync();
        folder.Dispose();
    }
}
