using HydraEngine.Cli.Commands.Store;
using HydraEngine.Definitions;
using HydraEngine.Model.Strings;
using HydraEngine.Host;
using HydraEngine.Storage.Search;

namespace HydraEngine.Cli.Tests.Commands.Store;

/// <summary>Issue 19 point 9: <c>hydra export</c> never writes through a symbolic link already in the output folder.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-export-cli-").FullName;

    [Fact]
    public async Task Links_in_the_output_folder_are_replaced_and_their_targets_left_alone()
    {
        var png = Path.Combine(folder, "file.png");
        File.WriteAllBytes(png, HydrusSerialiser.ToPng(StringMatch.Any));
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Path.Combine(folder, "hydra.db")));
        var hash = engine.Store.Import(png).Hash.ToHex();
        var output = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;
        var victim = Path.Combine(folder, "victim.txt");
        var victimSidecar = Path.Combine(folder, "victim-sidecar.txt");
        File.WriteAllText(victim, "precious");
        File.WriteAllText(victimSidecar, "precious too");
        File.CreateSymbolicLink(Path.Combine(output, hash + ".png"), victim);
        File.CreateSymbolicLink(Path.Combine(output, hash + ".png.txt"), victimSidecar);

        ExportCommand.Run(engine, SearchQuery.Parse("system:everything"), output, new ExportNaming(ExportNaming.DefaultPattern), sidecars: true, TextWriter.Null).ShouldBe(0);

        File.ReadAllText(victim).ShouldBe("precious");
        File.ReadAllText(victimSidecar).ShouldBe("precious too");
        var exported = new FileInfo(Path.Combine(output, hash + ".png"));
        exported.LinkTarget.ShouldBeNull();
        File.ReadAllBytes(exported.FullName).ShouldBe(File.ReadAllBytes(png));
        Directory.GetFiles(output).ShouldNotContain(file => file.EndsWith(".part", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
