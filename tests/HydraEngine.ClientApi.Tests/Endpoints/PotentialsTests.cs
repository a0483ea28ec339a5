using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary>
/// The potential-pair endpoints over a real duplicates scan: A and B are pixel duplicates (one drawing, two PNG
/// encodings), C is a JPEG of it (similar, not pixel-identical), D another drawing. A is tagged "set one".
/// </summary>
public sealed class PotentialsTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private FileHash a;
    private FileHash b;
    private FileHash c;

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.ManageFileRelationships);
        a = host.Store.Import(TestImages.Drawing(host.Folder, 0, pngFilters: true), new ImportOptions { Tags = ["set one"] }).Hash;
        b = host.Store.Import(TestImages.Drawing(host.Folder, 0, pngFilters: false)).Hash;
        c = host.Store.Import(TestImages.Drawing(host.Folder, 0, jpeg: true)).Hash;
        host.Store.Import(TestImages.Drawing(host.Folder, 5));
        host.Store.ScanForDuplicates(4);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("", 3)]
    [InlineData("?pixel_duplicates=0", 1)]
    [InlineData("?pixel_duplicates=2", 2)]
    [InlineData("?tags_1=%5B%22set%20one%22%5D", 2)]
    [InlineData("?tags_1=%5B%22set%20one%22%5D&potentials_search_type=1", 0)]
    [InlineData("?tags_1=%5B%22set%20one%22%5D&tags_2=%5B%22-set%20one%22%5D&potentials_search_type=2", 2)]
    public async Task Count_follows_the_search(string query, int expected)
    {
        using var response = await host.GetAsync("/manage_file_relationships/get_potentials_count" + query, key);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.JsonOf(response))["potential_duplicates_count"]!.GetValue<int>().ShouldBe(expected);
    }

    [Fact]
    public async Task Pairs_are_listed_with_the_larger_file_first()
    {
        using var response = await host.GetAsync("/manage_file_relationships/get_potential_pairs", key);

        var pairs = (await ApiHost.JsonOf(response))["potential_duplicate_pairs"]!.AsArray();
        pairs.Count.ShouldBe(3);
        foreach (var pair in pairs)
        {
            var sizes = pair!.AsArray().Select(hex => host.Store.GetFile(FileHash.Parse(hex!.GetValue<string>()))!.Metadata!.Size).ToList();
            sizes[0].ShouldBeGreaterThanOrEqualTo(sizes[1]);
        }
    }

    [Fact]
    public async Task Max_num_pairs_limits_the_batch()
    {
        using var response = await host.GetAsync("/manage_file_relationships/get_potential_pairs?max_num_pairs=1", key);

        (await ApiHost.JsonOf(response))["potential_duplicate_pairs"]!.AsArray().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Random_potentials_are_a_file_and_its_partners()
    {
        using var response = await host.GetAsync("/manage_file_relationships/get_random_potentials", key);

        var hashes = (await ApiHost.JsonOf(response))["random_potential_duplicate_hashes"]!.AsArray().Select(node => node!.GetValue<string>()).ToList();
        hashes.Count.ShouldBe(3);
        hashes.ShouldBe([a.ToHex(), b.ToHex(), c.ToHex()], ignoreOrder: true);
    }

    [Fact]
    public async Task Remove_potentials_forgets_a_files_pairs()
    {
        using var removed = await host.PostAsync("/manage_file_relationships/remove_potentials", new JsonObject { ["hash"] = a.ToHex() }, key);

        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.PotentialPairs().ShouldHaveSingleItem().ShouldSatisfyAllConditions(pair => new[] { pair.KingA, pair.KingB }.ShouldBe([b, c], ignoreOrder: true));
    }

    [Theory]
    [InlineData("?potentials_search_type=5", "potentials_search_type")]
    [InlineData("?pixel_duplicates=9", "pixel_duplicates")]
    [InlineData("?max_hamming_distance=100", "max_hamming_distance")]
    [InlineData("?tags_1=%22not%20a%20list%22", "tags_1")]
    public async Task Bad_search_parameters_are_400(string query, string mentioned)
    {
        using var response = await host.GetAsync("/manage_file_relationships/get_potentials_count" + query, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain(mentioned);
    }

    [Fact]
    public async Task A_bad_pair_sort_is_400()
    {
        using var response = await host.GetAsync("/manage_file_relationships/get_potential_pairs?duplicate_pair_sort_type=8", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
