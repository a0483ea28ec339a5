using HydraEngine.Host.Maintenance;
using HydraEngine.Imaging;
using HydraEngine.Storage.Files;

namespace HydraEngine.Host.Tests.Maintenance;

/// <summary>Auto-resolution as maintenance on a real engine: off unless rules are named, then it decides pixel-perfect pairs.</summary>
public sealed class AutoResolutionJobTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-auto-job-").FullName;

    [Fact]
    public async Task With_no_rule_named_the_pair_stays_potential()
    {
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Path.Combine(folder, "hydra.db")));
        ImportTwinsAndScan(engine);

        new AutoResolutionJob([]).RunSlice(engine, CancellationToken.None).ShouldBe(MaintenanceSlice.Done);

        engine.Store.PotentialPairs().Count.ShouldBe(1);
    }

    [Fact]
    public async Task With_pixel_perfect_pairs_named_the_larger_twin_becomes_king_and_the_other_goes_to_the_trash()
    {
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Path.Combine(folder, "hydra.db")));
        var (small, large) = ImportTwinsAndScan(engine);

        var slice = new AutoResolutionJob(["pixel-perfect-pairs"]).RunSlice(engine, CancellationToken.None);

        slice.Report!.ShouldContain("resolved 1 potential pairs by pixel-perfect-pairs");
        slice.MoreToDo.ShouldBeFalse();
        engine.Store.DuplicateInfo(small).King.ShouldBe(large);
        engine.Store.GetFile(small)!.Status.ShouldBe(FileStatus.InTrash);
    }

    private (FileHash Small, FileHash Large) ImportTwinsAndScan(HydraEngineInstance engine)
    {
        var png = PngCodec.Default.EncodeGreyscale8(200, 160, Enumerable.Range(0, 200 * 160).Select(i => (byte)((i % 200 * 3 + i / 200 * 5 + i % 200 * (i / 200) / 40) % 256)).ToArray());
        var small = engine.Store.Import(Write("small.png", png)).Hash;
        var large = engine.Store.Import(Write("large.png", [.. png, .. new byte[300]])).Hash;
        var job = new SimilarFilesJob();
        for (var slice = 0; slice < 10 && job.RunSlice(engine, CancellationToken.None).MoreToDo; slice++)
        {
        }

        engine.Store.PotentialPairs().Count.ShouldBe(1);
        return (small, large);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
