using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands;
using HydraEngine.Imaging;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

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

        Run("duplicates", "set", a, b, "better").Code.ShouldBe(0);

        var shown = JsonNode.Parse(Run("duplicates", "show", b, "--json").Output)!.AsObject();
        shown["hash"]!.GetValue<string>().ShouldBe(b);
        shown["king"]!.GetValue<string>().ShouldBe(a);
        shown["duplicates"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe([a]);
        shown["alternates"]!.AsArray().ShouldBeEmpty();
        shown["false_positives"]!.AsArray().ShouldBeEmpty();
        Run("duplicates", "pairs", "--json").Output.ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_relationship_is_refused()
    {
        var hash = new string('a', 64);

        var (code, _, error) = Run("duplicates", "set", hash, hash, "cousins");

        code.ShouldBe(1);
        error.ShouldContain("unknown relationship 'cousins'");
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
