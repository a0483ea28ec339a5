using System.Net;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Files;
using SkiaSharp;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary><c>/get_files/render</c>: still images rendered to PNG, JPEG or WebP, resized on request.</summary>
public sealed class RenderTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private FileHash hash;

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.SearchFiles);
        hash = host.Store.Import(TestImages.Png(host.Folder, 120, 80, 30)).Hash;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("", "image/png", SKEncodedImageFormat.Png)]
    [InlineData("&render_format=1", "image/jpeg", SKEncodedImageFormat.Jpeg)]
    [InlineData("&render_format=33", "image/webp", SKEncodedImageFormat.Webp)]
    public async Task Renders_in_the_format_asked_for(string format, string contentType, SKEncodedImageFormat encoded)
    {
        using var response = await host.GetAsync($"/get_files/render?hash={hash.ToHex()}{format}", key);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        using var codec = SKCodec.Create(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        codec.EncodedFormat.ShouldBe(encoded);
        (codec.Info.Width, codec.Info.Height).ShouldBe((120, 80));
    }

    [Fact]
    public async Task Width_and_height_resize_exactly()
    {
        using var response = await host.GetAsync($"/get_files/render?hash={hash.ToHex()}&width=30&height=50", key);

        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        (bitmap.Width, bitmap.Height).ShouldBe((30, 50));
    }

    [Theory]
    [InlineData("&render_format=7", "render_format")]
    [InlineData("&width=0&height=10", "width")]
    public async Task Bad_render_parameters_are_400(string query, string mentioned)
    {
        using var response = await host.GetAsync($"/get_files/render?hash={hash.ToHex()}{query}", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain(mentioned);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_400()
    {
        var text = Path.Combine(host.Folder, "notes.pdf");
        await File.WriteAllTextAsync(text, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        var pdf = host.Store.Import(text).Hash;

        using var response = await host.GetAsync($"/get_files/render?hash={pdf.ToHex()}", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain("not an image");
    }

    [Fact]
    public async Task An_unknown_file_is_404()
    {
        using var response = await host.GetAsync($"/get_files/render?hash={new string('c', 64)}", key);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
