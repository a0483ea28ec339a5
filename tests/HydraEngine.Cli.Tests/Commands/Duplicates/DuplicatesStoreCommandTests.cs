using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands;
using HydraEngine.Imaging;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Tests.Commands.Duplicates;

/// <summary><c>hydra duplicates scan/pairs/set/show</c> on a real store holding two pixel-identical images and an unrelated one.</summary>
public sealed class DuplicatesStoreCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-dupes-cli-").FullName;

    [Fact]
    public void Scan_finds_the_pair_and_set_better_makes_one_group()
    {
        var picture = PngCodec.Default.EncodeGreyscale8(64, 64, Enumerable.Range(0, 4096).Select(i => (byte)((i * 7 + i / 64 * 13) % 251)).ToArray());
        var other = PngCodec.Default.EncodeGreyscale8(64, 64, Enumerable.Range(0, 4096).Select(i => (byte)(i / 64 * 4)).ToArray());
        string a, b;
        using (var store = HydraStore.Open(StoreLocation.FromOption(Database)))
        {
            a = store.Import(Write("a.png", picture)).Hash.ToHex();
            b = store.Import(Write("b.png", [.. picture, .. "trailing bytes"u8])).Hash.ToHex();
            store.Import(Write("c.png", other));
        }

        Run("duplicates", "scan", "--distance", "8").Code.ShouldBe(0);
        var pairs = Run("duplicates", "pairs", "--json").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        var pair = pairs.ShouldHaveSingleItem();
        new[] { pair["a"]!.GetValue<string>(), pair["b"]!.GetValue<string>() }.ShouldBe([a, b], ignoreOrder: true);
        pair["distance"]!.GetValue<int>().ShouldBe(0);

        Run("duplicates", "set", a, b, "better", "--keep-worse").Code.ShouldBe(0);

        var shown = JsonNode.Parse(Run("duplicates", "show", b, "--json").Output)!.AsObject();
        shown["hash"]!.GetValue<string>().ShouldBe(b);
        shown["king"]!.GetValue<string>().ShouldBe(a);
        shown["duplicates"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe([a]);
        shown["alternates"]!.AsArray().ShouldBeEmpty();
        shown["false_positives"]!.AsArray().ShouldBeEmpty();
        Run("duplicates", "pairs", "--json").Output.ShouldBeEmpty();
    }

    [Fact]
    public void Set_better_merges_tags_into_A_and_sends_B_to_the_trash()
    {
        var (a, b) = ImportTwins();
        using (var store = HydraStore.Open(StoreLocation.FromOption(Database)))
        {
            store.AddTags([FileHash.Parse(b)], ["character:samus"]);
        }

        var (code, output, _) = Run("duplicates", "set", a, b, "better");

        code.ShouldBe(0);
        output.ShouldContain("B sent to the trash");
        using var reopened = HydraStore.Open(StoreLocation.FromOption(Database));
        var (reportA, reportB) = (reopened.GetFile(FileHash.Parse(a))!, reopened.GetFile(FileHash.Parse(b))!);
        reportB.Status.ShouldBe(FileStatus.InTrash);
        reportA.Inbox.ShouldBeFalse();
        reportB.Inbox.ShouldBeTrue();
        reportA.AllDisplayTags.ShouldContain("character:samus");
        reportB.AllDisplayTags.ShouldNotContain("character:samus");
        reopened.DuplicateInfo(FileHash.Parse(b)).King.ToHex().ShouldBe(a);
    }

    [Fact]
    public void Set_better_with_keep_worse_keeps_B_in_the_store()
    {
        var (a, b) = ImportTwins();

        Run("duplicates", "set", a, b, "better", "--keep-worse").Code.ShouldBe(0);

        using var reopened = HydraStore.Open(StoreLocation.FromOption(Database));
        reopened.GetFile(FileHash.Parse(b))!.Status.ShouldBe(FileStatus.Current);
        reopened.GetFile(FileHash.Parse(b))!.Inbox.ShouldBeFalse();
    }

    [Fact]
    public void Compare_prints_each_statement_with_its_score_and_pairs_carry_the_comparison()
    {
        var (a, b) = ImportTwins();
        Run("duplicates", "scan", "--distance", "0").Code.ShouldBe(0);

        var compared = JsonNode.Parse(Run("duplicates", "compare", a, b, "--json").Output)!.AsObject();
        var text = Run("duplicates", "compare", a, b).Output;
        var pair = JsonNode.Parse(Run("duplicates", "pairs", "--json").Output)!.AsObject();

        compared["a"]!.GetValue<string>().ShouldBe(a);
        compared["pixel_duplicates"]!.GetValue<bool>().ShouldBeTrue();
        compared["statements"]!.AsArray().Select(node => node!["name"]!.GetValue<string>()).ShouldBe(["pixel_duplicates", "filesize", "resolution", "mime", "num_tags", "time_imported"]);
        compared["score"]!.GetValue<int>().ShouldBe(0);
        compared["better"].ShouldBeNull();
        text.ShouldContain("resolution: both 64×64");
        text.ShouldContain("total: neither looks better");
        pair["comparison"]!["statements"]!.AsArray().Count.ShouldBe(6);
    }

    [Fact]
    public void Compare_of_an_unknown_file_fails_with_its_hash()
    {
        var (a, _) = ImportTwins();
        var unknown = new string('b', 64);

        var (code, _, error) = Run("duplicates", "compare", a, unknown);

        code.ShouldBe(1);
        error.ShouldContain(unknown);
    }

    [Fact]
    public void Serve_refuses_an_unknown_auto_resolution_rule_before_starting()
    {
        var (code, _, error) = Run("serve", "--port", "0", "--auto-resolve", "bigger-is-better");

        code.ShouldBe(1);
        error.ShouldContain("unknown auto-resolution rule 'bigger-is-better'");
        error.ShouldContain("pixel-perfect-pairs");
    }

    [Fact]
    public void Auto_without_a_rule_lists_the_rules_and_does_nothing()
    {
        var (code, output, _) = Run("duplicates", "auto");

        code.ShouldBe(0);
        output.ShouldContain("nothing done");
        output.ShouldContain("pixel-perfect-pairs:");
        output.ShouldContain("jpeg-vs-png-unless-png-smaller:");
    }

    [Fact]
    public void Remove_from_duplicates_undoes_a_merge_and_dissolve_ends_the_group()
    {
        var (a, b) = ImportTwins();
        Run("duplicates", "set", a, b, "better", "--keep-worse").Code.ShouldBe(0);

        Run("duplicates", "remove", b, "--from", "duplicates").Output.ShouldContain("1 files: taken out of their duplicate groups");
        JsonNode.Parse(Run("duplicates", "show", b, "--json").Output)!["king"]!.GetValue<string>().ShouldBe(b);

        Run("duplicates", "set", a, b, "same").Code.ShouldBe(0);
        Run("duplicates", "dissolve", a).Code.ShouldBe(0);
        JsonNode.Parse(Run("duplicates", "show", a, "--json").Output)!["duplicates"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void Remove_from_an_unknown_kind_is_refused()
    {
        var (a, _) = ImportTwins();

        var (code, _, error) = Run("duplicates", "remove", a, "--from", "everything");

        code.ShouldBe(1);
        error.ShouldContain("unknown --from 'everything'");
    }

    [Fact]
    public void Unknown_relationship_is_refused()
    {
        var hash = new string('a', 64);

        var (code, _, error) = Run("duplicates", "set", hash, hash, "cousins");

        code.ShouldBe(1);
        error.ShouldContain("unknown relationship 'cousins'");
    }

    /// <summary>Two PNGs with the same pixels (one with trailing bytes): pixel duplicates of the same size.</summary>
    private (string A, string B) ImportTwins()
    {
        var picture = PngCodec.Default.EncodeGreyscale8(64, 64, Enumerable.Range(0, 4096).Select(i => (byte)((i * 7 + i / 64 * 13) % 251)).ToArray());
        using var store = HydraStore.Open(StoreLocation.FromOption(Database));
        return (store.Import(Write("a.png", picture)).Hash.ToHex(), store.Import(Write("b.png", [.. picture, .. "trailing bytes"u8])).Hash.ToHex());
    }

    private string Database => Path.Combine(folder, "hydra.db");

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliRoot.Create().Parse([.. args, "--db", Database]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
