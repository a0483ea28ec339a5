using System.Net;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Serving;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Host;
using HydraEngine.Host.Maintenance;
using HydraEngine.Host.Serving;
using HydraEngine.Testing;

namespace HydraEngine.ClientApi.Tests.Serving;

/// <summary>The Client API inside <c>hydra serve</c>'s server (<see cref="HydraServer"/>), over http and https.</summary>
public sealed class ClientApiModuleTests
{
    [Fact]
    public async Task Served_api_answers_with_a_key_made_beforehand()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("hydra.db");
        string key;
        using (var keys = AccessKeyStore.Open(EnsureFolder(database)))
        {
            key = keys.Add("served", [ClientApiPermission.SearchFiles], permitsEverything: false).Key;
        }

        await using var server = HydraServer.Create(Options(database), [new ClientApiModule(ClientApiOptions.Default)]);
        await server.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("Hydrus-Client-API-Access-Key", key);

        using var response = await client.GetAsync("verify_access_key");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.JsonOf(response))["name"]!.GetValue<string>().ShouldBe("served");
        await server.StopAsync();
    }

    [Fact]
    public async Task Https_with_a_certificate_made_on_first_use()
    {
        using var folder = new TemporaryFolder();
        var certificate = SelfSignedCertificate.LoadOrCreate(folder.File("client-api"));
        var again = SelfSignedCertificate.LoadOrCreate(folder.File("client-api"));
        await using var server = HydraServer.Create(Options(folder.File("hydra.db")) with { Certificate = certificate }, [new ClientApiModule(ClientApiOptions.Default)]);
        await server.StartAsync();
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync("api_version");

        server.BaseAddress.Scheme.ShouldBe("https");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.Thumbprint.ShouldBe(certificate.Thumbprint);
        await server.StopAsync();
    }

    [Fact]
    public async Task Thumbnail_job_makes_missing_thumbnails()
    {
        using var folder = new TemporaryFolder();
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(folder.File("hydra.db")));
        var hash = engine.Store.Import(TestImages.Png(folder.Path, 500, 500, 9)).Hash;
        var job = ClientApiModule.Thumbnails(engine.Store.Location.RootFolder);

        job.RunSlice(engine, CancellationToken.None);

        File.Exists(Path.Combine(engine.Store.Location.RootFolder, "client-api", "thumbnails", hash.ToHex()[..2], hash.ToHex() + ".thumbnail")).ShouldBeTrue();
    }

    private static ServeOptions Options(string database) =>
        new(HydraEngineOptions.ForDatabase(database)) { Port = 0, Maintenance = MaintenanceMode.Never, MaintenanceJobs = MaintenanceJobs.None };

    private static string EnsureFolder(string database)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        return database;
    }
}
