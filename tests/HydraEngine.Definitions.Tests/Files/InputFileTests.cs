using System.Diagnostics;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Files;
using HydraEngine.Testing;

namespace HydraEngine.Definitions.Tests.Files;

/// <summary>Issue 19 point 8: devices and FIFOs are refused before they are opened; a size limit is counted while reading.</summary>
public sealed class InputFileTests
{
    [LinuxFact]
    public void An_endless_device_is_refused_not_read_until_memory_runs_out()
    {
        var result = DefinitionLoader.LoadFile("/dev/zero");
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.FileUnreadable);
        error.Message.ShouldContain("character device");
    }

    [LinuxFact]
    public void A_fifo_is_refused_without_waiting_for_a_writer()
    {
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "pipe.json");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        var load = Task.Run(() => DefinitionLoader.LoadFile(fifo));
        load.Wait(TimeSpan.FromSeconds(10)).ShouldBeTrue("loading a FIFO hung");
        load.Result.Errors.ShouldHaveSingleItem().Message.ShouldContain("FIFO");
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_by_counting_what_is_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "big.json");
        File.WriteAllBytes(path, new byte[1000]);
        Should.Throw<InputFileException>(() => InputFile.ReadAllBytes(path, 999)).TooLarge.ShouldBeTrue();
        InputFile.ReadAllBytes(path, 1000).Length.ShouldBe(1000);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("hydra-input-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
