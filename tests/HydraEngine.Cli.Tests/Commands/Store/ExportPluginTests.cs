using HydraEngine.Cli.Tests.Support;
using HydraEngine.Definitions;
using HydraEngine.Model.Strings;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.Cli.Tests.Commands.Store;

/// <summary>`hydra export` hands every copy to the installed plugins' exporters: the Sidecars sample writes its .txt tag sidecar.</summary>
public sealed class ExportPluginTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-export-plugins-").FullName;

    private string Store => Path.Combine(folder, "store", "hydra.db");

    private string Exported => Path.Combine(folder, "exported");

    [Fact]
    public async Task An_installed_exporter_writes_its_sidecar_beside_each_exported_file()
    {
        var install = await HydraProcess.RunAsync(folder, "plugins", "install", "HydraEngine.Sidecars");
        install.Code.ShouldBe(0, install.ToString());
        SeedStore();

        var export = await HydraProcess.RunAsync(folder, "export", "system:everything", "-o", Exported, "--no-sidecars", "--db", Store);

        export.Code.ShouldBe(0, export.ToString());
        var sidecar = Directory.GetFiles(Exported, "*.txt").ShouldHaveSingleItem();
        File.ReadAllText(sidecar).ShouldBe("blue eyes\ncreator:bob\n");
    }

    [Fact]
    public async Task Without_the_plugin_no_sidecar_is_written_when_sidecars_are_off()
    {
        SeedStore();

        var export = await HydraProcess.RunAsync(folder, "export", "system:everything", "-o", Exported, "--no-sidecars", "--db", Store);

        export.Code.ShouldBe(0, export.ToString());
        Directory.GetFiles(Exported, "*.txt").ShouldBeEmpty();
        Directory.GetFiles(Exported).ShouldHaveSingleItem();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void SeedStore()
    {
        using var store = HydraStore.Open(StoreLocation.FromOption(Store));
        var file = Path.Combine(folder, "file.png");
        File.WriteAllBytes(file, HydrusSerialiser.ToPng(StringMatch.Any));
        store.AddTags([store.Import(file).Hash], ["creator:Bob", "blue eyes"]);
    }
}
