using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Definitions;
using HydraEngine.Model.Strings;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Search;

namespace HydraEngine.Cli.Tests.Commands.Store;

/// <summary><c>hydra search --json</c> is read by other tools: one object per file with at least sha256, mime, size, tags.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-search-cli-").FullName;

    [Fact]
    public void Json_lines_carry_hash_mime_size_and_tags()
    {
        var png = Path.Combine(folder, "file.png");
        File.WriteAllBytes(png, HydrusSerialiser.ToPng(StringMatch.Any));
        using var store = HydraStore.Open(StoreLocation.FromOption(Path.Combine(folder, "hydra.db")));
        var imported = store.Import(png);
        store.AddTags([imported.Hash], ["creator:Bob", "blue eyes"]);
        var output = new StringWriter();

        SearchCommand.Run(store, SearchQuery.Parse("creator:bob"), SearchOptions.Default, asJson: true, output).ShouldBe(0);

        var line = JsonNode.Parse(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem())!.AsObject();
        line["sha256"]!.GetValue<string>().Length.ShouldBe(64);
        line["mime"]!.GetValue<string>().ShouldBe("image/png");
        line["size"]!.GetValue<long>().ShouldBe(new FileInfo(png).Length);
        line["tags"]!.AsArray().Select(tag => tag!.GetValue<string>()).ShouldBe(["blue eyes", "creator:bob"], ignoreOrder: true);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
