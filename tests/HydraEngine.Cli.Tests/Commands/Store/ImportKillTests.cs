using System.Security.Cryptography;
using HydraEngine.Cli.Tests.Support;
using HydraEngine.Definitions;
using HydraEngine.Model.Strings;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Maintenance;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands.Store;

/// <summary>
/// Issue 19 point 5 and its "done when": 50 real <c>hydra import</c> processes killed with SIGKILL mid-import,
/// each followed by the next command, leave no lost or half-written file and no temporary file behind.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private const int Kills = 50;
    private const int Sources = 40;
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-import-kill-").FullName;

    private string Database => Path.Combine(folder, "hydra.db");

    [LinuxFact]
    public async Task Killed_imports_lose_nothing_and_leave_no_temporary_files()
    {
        var sources = WriteSources();
        var random = new Random(19);
        var killedMidway = 0;
        for (var round = 0; round < Kills; round++)
        {
            using var import = HydraProcess.Start(folder, "import", Path.Combine(folder, "in"), "--db", Database);
            await Task.Delay(random.Next(150, 1200));
            import.Signal("KILL");
            killedMidway += (await import.WaitAsync(TimeSpan.FromSeconds(30))).Code == 0 ? 0 : 1;
        }

        (await HydraProcess.RunAsync(folder, "import", Path.Combine(folder, "in"), "--db", Database)).Code.ShouldBe(0);

        killedMidway.ShouldBeGreaterThan(Kills / 2, "most kills must land while the import runs");
        using var store = HydraStore.Open(StoreLocation.FromOption(Database), new StoreOptions(SweepTemporaryFiles: false));
        foreach (var (path, hash) in sources)
        {
            store.GetFile(FileHash.Parse(hash)).ShouldNotBeNull($"{path} was lost");
        }

        var report = store.CheckIntegrity(new IntegrityCheckOptions(VerifyHashes: true));
        (report.IsHealthy, report.FilesChecked, report.TempFiles).ShouldBe((true, Sources, 0));
        Directory.EnumerateFiles(StoreLocation.FromOption(Database).TempFolder).ShouldBeEmpty();
    }

    private List<(string Path, string Hash)> WriteSources()
    {
        var input = Directory.CreateDirectory(Path.Combine(folder, "in")).FullName;
        var random = new Random(1);
        var sources = new List<(string, string)>();
        for (var index = 0; index < Sources; index++)
        {
            var text = Convert.ToHexString(RandomBytes(random, 96 * 1024));
            var bytes = HydrusSerialiser.ToPng(StringMatch.Any with { Example = text });
            var path = Path.Combine(input, $"{index:D3}.png");
            File.WriteAllBytes(path, bytes);
            sources.Add((path, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }

        return sources;
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
