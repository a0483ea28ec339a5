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
    private const int FilesPerRound = 24;
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-import-kill-").FullName;

    private string Database => Path.Combine(folder, "hydra.db");

    [LinuxFact]
    public async Task Killed_imports_lose_nothing_and_leave_no_temporary_files()
    {
        var random = new Random(19);
        var sources = new List<(string Path, string Hash)>();
        var folders = new List<string>();
        var killedMidway = 0;
        for (var round = 0; round < Kills; round++)
        {
            // every round has new files, so every import has work to do whatever the machine's speed
            var input = Path.Combine(folder, "in", $"round-{round:D2}");
            sources.AddRange(WriteSources(input, random));
            folders.Add(input);
            using var import = HydraProcess.Start(folder, "import", input, "--db", Database);
            await KillMidImportAsync(import, random);
            killedMidway += (await import.WaitAsync(TimeSpan.FromSeconds(30))).Code == 0 ? 0 : 1;
        }

        (await HydraProcess.RunAsync(folder, ["import", .. folders, "--db", Database])).Code.ShouldBe(0);

        killedMidway.ShouldBeGreaterThan(Kills / 2, "most kills must land while the import runs");
        using var store = HydraStore.Open(StoreLocation.FromOption(Database), new StoreOptions(SweepTemporaryFiles: false));
        foreach (var (path, hash) in sources)
        {
            store.GetFile(FileHash.Parse(hash)).ShouldNotBeNull($"{path} was lost");
        }

        var report = store.CheckIntegrity(new IntegrityCheckOptions(VerifyHashes: true));
        (report.IsHealthy, report.FilesChecked, report.TempFiles).ShouldBe((true, sources.Count, 0));
        Directory.EnumerateFiles(StoreLocation.FromOption(Database).TempFolder).ShouldBeEmpty();
    }

    /// <summary>Waits until the import is writing (a temporary file exists), then kills it a few milliseconds later.</summary>
    private async Task KillMidImportAsync(HydraProcess import, Random random)
    {
        var temp = StoreLocation.FromOption(Database).TempFolder;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!import.HasExited && clock.Elapsed < TimeSpan.FromSeconds(20)
            && !(Directory.Exists(temp) && Directory.EnumerateFiles(temp).Any()))
        {
            await Task.Delay(2);
        }

        await Task.Delay(random.Next(0, 60));
        import.Signal("KILL");
    }

    private static List<(string Path, string Hash)> WriteSources(string input, Random random)
    {
        Directory.CreateDirectory(input);
        var sources = new List<(string, string)>();
        for (var index = 0; index < FilesPerRound; index++)
        {
            var text = Convert.ToHexString(RandomBytes(random, 24 * 1024));
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
