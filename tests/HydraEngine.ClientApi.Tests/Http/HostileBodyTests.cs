using System.Formats.Cbor;
using System.Net;
using System.Text;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;

namespace HydraEngine.ClientApi.Tests.Http;

/// <summary>Issue 19: request bodies the fuzz harness found answered with 500; each is a clear answer now.</summary>
public sealed class HostileBodyTests
{
    [Fact]
    public async Task A_json_key_given_twice_keeps_its_last_value_as_python_does()
    {
        await using var host = await ApiHost.StartAsync();
        var key = host.Key(ClientApiPermission.AddFiles);

        using var response = await host.PostRawAsync("add_files/delete_files", Encoding.UTF8.GetBytes("{\"file_ids\": [5], \"file_ids\": [77]}"), "application/json", key);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldContain("file_id 77");
    }

    [Fact]
    public async Task A_cbor_integer_beyond_64_bits_is_a_bad_argument_not_a_server_error()
    {
        await using var host = await ApiHost.StartAsync();
        var key = host.Key(ClientApiPermission.AddFiles);
        var writer = new CborWriter();
        writer.WriteStartMap(1);
        writer.WriteTextString("file_id");
        writer.WriteUInt64(ulong.MaxValue);
        writer.WriteEndMap();

        using var response = await host.PostRawAsync("add_files/delete_files", writer.Encode(), "application/cbor", key);

        ((int)response.StatusCode).ShouldBeInRange(400, 499, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_file_id_of_minus_one_is_named_as_missing()
    {
        await using var host = await ApiHost.StartAsync();
        var key = host.Key(ClientApiPermission.AddFiles);

        using var response = await host.PostRawAsync("add_files/delete_files", Encoding.UTF8.GetBytes("{\"file_ids\": [-1]}"), "application/json", key);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("file_id -1");
    }
}
