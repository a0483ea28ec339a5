using System.Formats.Cbor;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;

namespace HydraEngine.ClientApi.Tests.Http;

/// <summary>Formats, errors, limits and headers every endpoint shares.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public async Task Api_version_needs_no_key_and_names_the_server()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.GetAsync("/api_version");

        var body = await ApiHost.JsonOf(response);
        body["version"]!.GetValue<int>().ShouldBe(95);
        body["hydrus_version"]!.GetValue<int>().ShouldBe(682);
        response.Headers.GetValues("Hydrus-Server").Single().ShouldStartWith("client api/95");
        response.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Malformed_json_body_is_400_and_the_server_lives_on()
    {
        await using var host = await ApiHost.StartAsync();
        var key = host.Key(ClientApiPermission.AddTags);

        using var broken = await Post(host, "add_tags/add_tags", "{\"hash\": [", "application/json", key);
        using var notObject = await Post(host, "add_tags/add_tags", "[1, 2]", "application/json", key);
        using var after = await host.GetAsync("/api_version");

        broken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(broken))["exception_type"]!.GetValue<string>().ShouldBe("BadRequestException");
        notObject.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Oversized_body_is_413()
    {
        await using var host = await ApiHost.StartAsync((store, keys, folder) => new ClientApiContext(new StoreAccess(store), folder, keys, new ClientApiOptions { MaxJsonBodyBytes = 1000 }));
        var key = host.Key(ClientApiPermission.AddTags);

        using var response = await Post(host, "add_tags/add_tags", "{\"tags\": \"" + new string('x', 5000) + "\"}", "application/json", key);

        ((int)response.StatusCode).ShouldBe(413);
    }

    [Fact]
    public async Task Deeply_nested_json_is_400()
    {
        await using var host = await ApiHost.StartAsync();
        var key = host.Key(ClientApiPermission.AddTags);

        using var response = await Post(host, "add_tags/add_tags", "{\"a\":" + new string('[', 500) + new string(']', 500) + "}", "application/json", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Cbor_request_gets_a_cbor_answer()
    {
        await using var host = await ApiHost.StartAsync();
        var key = host.Key(ClientApiPermission.AddTags);
        var writer = new CborWriter();
        writer.WriteStartMap(1);
        writer.WriteTextString("tags");
        writer.WriteStartArray(1);
        writer.WriteTextString(" CBOR Tag ");
        writer.WriteEndArray();
        writer.WriteEndMap();
        var request = new HttpRequestMessage(HttpMethod.Get, "add_tags/clean_tags?tags=" + Uri.EscapeDataString("[\" CBOR Tag \"]"));
        request.Headers.Add("Hydrus-Client-API-Access-Key", key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/cbor"));

        using var response = await host.Client.SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/cbor");
        var reader = new CborReader(await response.Content.ReadAsByteArrayAsync());
        reader.ReadStartMap();
        reader.ReadTextString().ShouldBe("tags");
        reader.ReadStartArray();
        reader.ReadTextString().ShouldBe("cbor tag");
    }

    [Fact]
    public async Task Cbor_body_is_read()
    {
        await using var host = await ApiHost.StartAsync();
        var key = host.Key(ClientApiPermission.AddNotes);
        var hash = host.Store.Import(TestImages.Png(host.Folder, 4, 4, 1)).Hash;
        var writer = new CborWriter();
        writer.WriteStartMap(2);
        writer.WriteTextString("hash");
        writer.WriteTextString(hash.ToHex());
        writer.WriteTextString("notes");
        writer.WriteStartMap(1);
        writer.WriteTextString("from");
        writer.WriteTextString("cbor");
        writer.WriteEndMap();
        writer.WriteEndMap();
        var request = new HttpRequestMessage(HttpMethod.Post, "add_notes/set_notes") { Content = new ByteArrayContent(writer.Encode()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/cbor");
        request.Headers.Add("Hydrus-Client-API-Access-Key", key);

        using var response = await host.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.GetFile(hash)!.Notes["from"].ShouldBe("cbor");
    }

    [Fact]
    public async Task Malformed_cbor_is_400()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await Post(host, "add_notes/set_notes", "\u00ff\u00fe", "application/cbor", host.Key(ClientApiPermission.AddNotes));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Cors_off_refuses_a_preflight_and_on_allows_it()
    {
        await using var closed = await ApiHost.StartAsync();
        await using var open = await ApiHost.StartAsync((store, keys, folder) => new ClientApiContext(new StoreAccess(store), folder, keys, new ClientApiOptions { Cors = true }));

        using var refused = await Preflight(closed);
        using var allowed = await Preflight(open);

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        allowed.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*");
        allowed.Headers.GetValues("Access-Control-Allow-Headers").Single().ShouldBe("*");
    }

    [Fact]
    public async Task Robots_disallow_everything()
    {
        await using var host = await ApiHost.StartAsync();

        (await host.Client.GetStringAsync("robots.txt")).ShouldContain("Disallow: /");
    }

    [Fact]
    public async Task Requested_key_works_only_after_approval()
    {
        await using var host = await ApiHost.StartAsync();
        using var asked = await host.GetAsync("/request_new_permissions?name=" + Uri.EscapeDataString("my app") + "&basic_permissions=[0,3]");
        var key = (await ApiHost.JsonOf(asked))["access_key"]!.GetValue<string>();

        using var before = await host.GetAsync("/verify_access_key", key);
        host.Context.Keys.Approve("my app").ShouldBeTrue();
        using var after = await host.GetAsync("/verify_access_key", key);

        before.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.JsonOf(after))["basic_permissions"]!.AsArray().Select(node => node!.GetValue<int>()).ShouldBe([0, 3]);
    }

    [Fact]
    public async Task Keys_are_stored_only_as_hashes()
    {
        await using var host = await ApiHost.StartAsync();
        var key = host.KeyForEverything();

        var database = await File.ReadAllBytesAsync(host.Store.Location.DatabasePath);
        var wal = host.Store.Location.DatabasePath + "-wal";
        var log = File.Exists(wal) ? await File.ReadAllBytesAsync(wal) : [];

        Encoding.Latin1.GetString(database).ShouldNotContain(key);
        Encoding.Latin1.GetString(log).ShouldNotContain(key);
        database.AsSpan().IndexOf(Convert.FromHexString(key)).ShouldBe(-1);
        log.AsSpan().IndexOf(Convert.FromHexString(key)).ShouldBe(-1);
    }

    [Fact]
    public async Task Get_services_lists_hydrus_shapes()
    {
        await using var host = await ApiHost.StartAsync();

        var body = await ApiHost.JsonOf(await host.GetAsync("/get_services", host.Key(ClientApiPermission.SearchFiles)));

        body["local_tags"]!.AsArray().Select(service => service!["name"]!.GetValue<string>()).ShouldBe(["my tags", "downloader tags"]);
        body["services"]!["6c6f63616c2066696c6573"]!["type"]!.GetValue<int>().ShouldBe(2);
        body["all_known_tags"]![0]!["service_key"]!.GetValue<string>().ShouldBe("616c6c206b6e6f776e2074616773");
        body["services_v2"]!.AsArray().Count.ShouldBe(host.Store.Services.Count + 1);
    }

    [Fact]
    public async Task Mr_bones_counts_inbox_and_archive()
    {
        await using var host = await ApiHost.StartAsync();
        var archived = host.Store.Import(TestImages.Png(host.Folder, 4, 4, 2)).Hash;
        host.Store.Import(TestImages.Png(host.Folder, 4, 4, 3));
        host.Store.Archive([archived]);

        var stats = (await ApiHost.JsonOf(await host.GetAsync("/manage_database/mr_bones", host.Key(ClientApiPermission.ManageDatabase))))["boned_stats"]!;

        stats["num_inbox"]!.GetValue<long>().ShouldBe(1);
        stats["num_archive"]!.GetValue<long>().ShouldBe(1);
        stats["num_deleted"]!.GetValue<long>().ShouldBe(0);
        stats["size_archive"]!.GetValue<long>().ShouldBeGreaterThan(0);
    }

    private static Task<HttpResponseMessage> Post(ApiHost host, string path, string body, string contentType, string key) =>
        host.PostRawAsync(path, Encoding.Latin1.GetBytes(body), contentType, key);

    private static Task<HttpResponseMessage> Preflight(ApiHost host)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "get_files/search_files");
        request.Headers.Add("Origin", "http://web.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return host.Client.SendAsync(request);
    }
}
