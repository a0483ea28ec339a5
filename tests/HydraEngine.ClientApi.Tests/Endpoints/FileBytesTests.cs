using System.Net;
using System.Net.Http.Headers;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Files;
using SkiaSharp;

namespace HydraEngine.ClientApi.Tests.Endpoints;

public sealed class FileBytesTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private FileHash hash;
    private byte[] bytes = [];

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.SearchFiles);
        var path = TestImages.Png(host.Folder, 600, 300, 50);
        bytes = await File.ReadAllBytesAsync(path);
        hash = host.Store.Import(path).Hash;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task File_comes_whole_with_its_type_and_a_year_of_cache()
    {
        using var response = await host.GetAsync($"/get_files/file?hash={hash.ToHex()}", key);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        response.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
    }

    [Fact]
    public async Task Range_request_gets_206_and_the_slice()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"get_files/file?file_id={host.Store.FileIdOf(hash)}");
        request.Headers.Add("Hydrus-Client-API-Access-Key", key);
        request.Headers.Range = new RangeHeaderValue(10, 19);

        using var response = await host.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(bytes[10..20]);
    }

    [Fact]
    public async Task Range_past_the_end_is_416()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"get_files/file?hash={hash.ToHex()}");
        request.Headers.Add("Hydrus-Client-API-Access-Key", key);
        request.Headers.Range = new RangeHeaderValue(bytes.Length + 10, bytes.Length + 20);

        using var response = await host.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestedRangeNotSatisfiable);
    }

    [Fact]
    public async Task Download_true_asks_to_save()
    {
        using var response = await host.GetAsync($"/get_files/file?hash={hash.ToHex()}&download=true", key);

        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
    }

    [Fact]
    public async Task Unknown_file_is_404()
    {
        using var response = await host.GetAsync($"/get_files/file?hash={FileHash.Of([9]).ToHex()}", key);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Thumbnail_fits_hydrus_bounding_box()
    {
        using var response = await host.GetAsync($"/get_files/thumbnail?hash={hash.ToHex()}", key);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var image = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        (image.Width, image.Height).ShouldBe((150, 75));
    }

    [Fact]
    public async Task Thumbnail_of_unknown_file_is_404()
    {
        using var response = await host.GetAsync($"/get_files/thumbnail?hash={FileHash.Of([8]).ToHex()}", key);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Thumbnail_needs_a_file_parameter()
    {
        using var response = await host.GetAsync("/get_files/thumbnail", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
