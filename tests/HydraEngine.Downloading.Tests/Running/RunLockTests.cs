using HydraEngine.Downloading.Running;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.Testing;

namespace HydraEngine.Downloading.Tests.Running;

public sealed class RunLockTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public void A_second_run_on_the_same_store_is_refused_while_the_first_holds_the_lock()
    {
        using var first = RunLock.Acquire(folder.Path);
        Should.Throw<DownloadException>(() => RunLock.Acquire(folder.Path)).Message.ShouldContain("another run");
    }

    [Fact]
    public void The_lock_is_free_again_once_released()
    {
        RunLock.Acquire(folder.Path).Dispose();
        using var again = RunLock.Acquire(folder.Path);
        again.ShouldNotBeNull();
    }

    [Fact]
    public void Holding_the_lock_a_run_sweeps_every_partial_download()
    {
        File.WriteAllText(folder.File("a.part"), "half");
        File.WriteAllText(folder.File("keep.txt"), "not a download");
        RunLock.SweepPartials(folder.Path).ShouldBe(1);
        Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).ShouldBe(["keep.txt"]);
    }

    public void Dispose() => folder.Dispose();
}
