using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Tests.Endpoints;

public sealed class AddFilesTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.AddFiles);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Path_import_answers_status_1_then_2()
    {
        var path = TestImages.Png(host.Folder, 64, 64, 70);

        var first = await ApiHost.JsonOf(await host.PostAsync("/add_files/add_file", new JsonObject { ["path"] = path }, key));
        var second = await ApiHost.JsonOf(await host.PostAsync("/add_files/add_file", new JsonObject { ["path"] = path }, key));

        first["status"]!.GetValue<int>().ShouldBe(1);
        second["status"]!.GetValue<int>().ShouldBe(2);
        first["hash"]!.GetValue<string>().ShouldBe(FileHash.Of(await File.ReadAllBytesAsync(path)).ToHex());
    }

    [Fact]
    public async Task Raw_bytes_import_and_the_thumbnail_is_made()
    {
        var bytes = await File.ReadAllBytesAsync(TestImages.Png(host.Folder, 400, 100, 71));
        var request = new HttpRequestMessage(HttpMethod.Post, "add_files/add_file") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Add("Hydrus-Client-API-Access-Key", key);

        using var response = await host.Client.SendAsync(request);

        var body = await ApiHost.JsonOf(response);
        body["status"]!.GetValue<int>().ShouldBe(1);
        host.Context.Thumbnails.Has(FileHash.Parse(body["hash"]!.GetValue<string>())).ShouldBeTrue();
    }

    [Fact]
    public async Task Bytes_that_are_no_file_type_answer_status_4()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "add_files/add_file") { Content = new ByteArrayContent("not an image at all"u8.ToArray()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Add("Hydrus-Client-API-Access-Key", key);

        using var response = await host.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.JsonOf(response))["status"]!.GetValue<int>().ShouldBe(4);
    }

    [Fact]
    public async Task Missing_path_is_400_naming_it()
    {
        using var response = await host.PostAsync("/add_files/add_file", new JsonObject { ["path"] = "/no/such/file.png" }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain("\"path\"");
    }

    [Fact]
    public async Task Delete_then_undelete_then_archive()
    {
        var hash = host.Store.Import(TestImages.Png(host.Folder, 8, 8, 72)).Hash;
        var files = new JsonArray(hash.ToHex());

        (await host.PostAsync("/add_files/delete_files", new JsonObject { ["hashes"] = files.DeepClone(), ["reason"] = "test" }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.GetFile(hash)!.Status.ShouldBe(FileStatus.InTrash);
        (await host.PostAsync("/add_files/undelete_files", new JsonObject { ["hashes"] = files.DeepClone() }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.GetFile(hash)!.Status.ShouldBe(FileStatus.Current);
        (await host.PostAsync("/add_files/archive_files", new JsonObject { ["hashes"] = files.DeepClone() }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.GetFile(hash)!.Inbox.ShouldBeFalse();
        (await host.PostAsync("/add_files/unarchive_files", new JsonObject { ["hashes"] = files.DeepClone() }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.GetFile(hash)!.Inbox.ShouldBeTrue();
    }

    [Fact]
    public async Task File_state_change_without_files_is_400()
    {
        using var response = await host.PostAsync("/add_files/archive_files", [], key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
