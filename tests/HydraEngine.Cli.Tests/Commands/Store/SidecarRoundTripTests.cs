using HydraEngine.Cli.Tests.Support;
using HydraEngine.Definitions;
using HydraEngine.Model.Strings;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.Cli.Tests.Commands.Store;

/// <summary>`hydra export` then `hydra import --sidecars` brings back tags, URLs and notes; sidecars are never taken for media.</summary>
public sealed class SidecarRoundTripTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-sidecars-").FullName;

    private string Source => Path.Combine(folder, "source", "hydra.db");

    private string Target => Path.Combine(folder, "target", "hydra.db");

    private string Exported => Path.Combine(folder, "exported");

    [Fact]
    public async Task Export_then_import_with_sidecars_restores_tags_urls_and_notes()
    {
        SeedSource();
        (await HydraProcess.RunAsync(folder, "export", "system:everything", "-o", Exported, "--db", Source)).Code.ShouldBe(0);

        var result = await HydraProcess.RunAsync(folder, "import", Exported, "--sidecars", "--db", Target);

        result.Code.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("2 imported, 0 already in db, 0 previously deleted, 0 failed");
        using var target = HydraStore.Open(StoreLocation.FromOption(Target));
        var hashes = target.Search("system:everything").Hashes;
        hashes.Count.ShouldBe(2);
        var report = target.GetFile(target.Search("creator:bob").Hashes.ShouldHaveSingleItem())!;
        report.AllDisplayTags.ShouldBe(["blue eyes", "creator:bob"], ignoreOrder: true);
        report.Urls.ShouldBe(["https://example.com/post/1"]);
        report.Notes["comment"].ShouldBe("line one\nline two");
    }

    [Fact]
    public async Task Sidecars_are_not_imported_as_media_without_the_option()
    {
        SeedSource();
        (await HydraProcess.RunAsync(folder, "export", "system:everything", "-o", Exported, "--db", Source)).Code.ShouldBe(0);

        var result = await HydraProcess.RunAsync(folder, "import", Exported, "--db", Target);

        result.Code.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("2 imported, 0 already in db, 0 previously deleted, 0 failed");
        result.Output.ShouldContain("4 sidecar files");
    }

    private void SeedSource()
    {
        using var store = HydraStore.Open(StoreLocation.FromOption(Source));
        var first = Path.Combine(folder, "first.png");
        var second = Path.Combine(folder, "second.png");
        File.WriteAllBytes(first, HydrusSerialiser.ToPng(StringMatch.Any));
        File.WriteAllBytes(second, HydrusSerialiser.ToPng(StringMatch.Any, "another title"));
        var one = store.Import(first).Hash;
        store.Import(second);
        store.AddTags([one], ["creator:Bob", "blue eyes"]);
        store.AddUrls(one, ["https://example.com/post/1"]);
        store.SetNote(one, "comment", "line one\nline two");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
