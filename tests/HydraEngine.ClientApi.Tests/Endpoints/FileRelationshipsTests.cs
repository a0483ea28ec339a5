using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary>Setting and reading duplicate relationships over the API, with hydrus's merge and delete options.</summary>
public sealed class FileRelationshipsTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private FileHash a;
    private FileHash b;

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.ManageFileRelationships);
        a = host.Store.Import(TestImages.Drawing(host.Folder, 0, pngFilters: true)).Hash;
        b = host.Store.Import(TestImages.Drawing(host.Folder, 0, pngFilters: false), new ImportOptions { Tags = ["only on b"] }).Hash;
        host.Store.ScanForDuplicates(4);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_potential_pair_shows_in_both_files_relationships()
    {
        var relationships = await Relationships(a);

        relationships["is_king"]!.GetValue<bool>().ShouldBeTrue();
        relationships["king_is_local"]!.GetValue<bool>().ShouldBeTrue();
        Hashes(relationships["0"]).ShouldBe([b.ToHex()]);
        Hashes(relationships["8"]).ShouldBeEmpty();
    }

    [Fact]
    public async Task Better_with_the_default_merge_makes_a_king_and_moves_tags()
    {
        using var response = await Set(Row(4, a, b, merge: true));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var ofB = await Relationships(b);
        ofB["is_king"]!.GetValue<bool>().ShouldBeFalse();
        ofB["king"]!.GetValue<string>().ShouldBe(a.ToHex());
        Hashes((await Relationships(a))["8"]).ShouldBe([b.ToHex()]);
        host.Store.TagsOf(a).Single(tags => tags.Service == "my tags").StorageTags.ShouldContain("only on b");
        host.Store.PotentialPairs().ShouldBeEmpty();
    }

    [Fact]
    public async Task Worse_is_better_the_other_way_round()
    {
        using var response = await Set(Row(7, a, b, merge: false));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Relationships(a))["king"]!.GetValue<string>().ShouldBe(b.ToHex());
    }

    [Fact]
    public async Task Delete_b_sends_the_worse_file_to_the_trash()
    {
        var row = Row(4, a, b, merge: false);
        row["delete_b"] = true;

        using var response = await Set(row);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.GetFile(b)!.Status.ShouldBe(FileStatus.InTrash);
        host.Store.GetFile(a)!.Status.ShouldBe(FileStatus.Current);
    }

    [Fact]
    public async Task Alternates_and_false_positives_are_reported_under_their_numbers()
    {
        using var response = await Set(Row(3, a, b, merge: false));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Hashes((await Relationships(a))["3"]).ShouldBe([b.ToHex()]);
    }

    [Fact]
    public async Task Set_kings_makes_a_duplicate_the_king()
    {
        (await Set(Row(4, a, b, merge: false))).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var response = await host.PostAsync("/manage_file_relationships/set_kings", new JsonObject { ["hashes"] = new JsonArray(b.ToHex()) }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Relationships(a))["king"]!.GetValue<string>().ShouldBe(b.ToHex());
    }

    [Fact]
    public async Task A_trashed_file_is_local_but_not_in_the_default_domain()
    {
        host.Store.Delete([b]);

        var relationships = await Relationships(b);

        relationships["king_is_on_file_domain"]!.GetValue<bool>().ShouldBeFalse();
        relationships["king_is_local"]!.GetValue<bool>().ShouldBeTrue();
        (await Relationships(a))["king_is_on_file_domain"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_the_store_never_saw_is_its_own_king()
    {
        var unknown = new string('e', 64);

        var relationships = await Relationships(FileHash.Parse(unknown));

        relationships["is_king"]!.GetValue<bool>().ShouldBeTrue();
        relationships["king_is_local"]!.GetValue<bool>().ShouldBeFalse();
        Hashes(relationships["0"]).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(9, true, "relationship")]
    [InlineData(4, null, "do_default_content_merge")]
    public async Task Bad_rows_are_400_and_change_nothing(int relationship, bool? merge, string mentioned)
    {
        var good = Row(4, a, b, merge: false);
        var bad = Row(relationship, a, b, merge ?? false);
        if (merge is null)
        {
            bad.Remove("do_default_content_merge");
        }

        using var response = await Set(good, bad);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain(mentioned);
        host.Store.PotentialPairs().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_row_with_a_bad_hash_is_400()
    {
        var row = Row(4, a, b, merge: false);
        row["hash_b"] = "not a hash";

        using var response = await Set(row);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_row_naming_an_unknown_file_is_404()
    {
        var row = Row(4, a, b, merge: false);
        row["hash_b"] = new string('f', 64);

        using var response = await Set(row);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Set_kings_of_an_unknown_file_is_404()
    {
        using var response = await host.PostAsync("/manage_file_relationships/set_kings", new JsonObject { ["hash"] = new string('f', 64) }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static JsonObject Row(int relationship, FileHash first, FileHash second, bool merge) => new()
    {
        ["relationship"] = relationship,
        ["hash_a"] = first.ToHex(),
        ["hash_b"] = second.ToHex(),
        ["do_default_content_merge"] = merge,
    };

    private static List<string> Hashes(JsonNode? list) => [.. list!.AsArray().Select(node => node!.GetValue<string>())];

    private Task<HttpResponseMessage> Set(params JsonObject[] rows) =>
        host.PostAsync("/manage_file_relationships/set_file_relationships", new JsonObject { ["relationships"] = new JsonArray([.. rows]) }, key);

    private async Task<JsonNode> Relationships(FileHash hash)
    {
        using var response = await host.GetAsync($"/manage_file_relationships/get_file_relationships?hash={hash.ToHex()}", key);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await ApiHost.JsonOf(response))["file_relationships"]![hash.ToHex()]!;
    }
}
