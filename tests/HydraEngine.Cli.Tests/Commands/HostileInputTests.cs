using System.Diagnostics;
using HydraEngine.Cli.Commands;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands;

/// <summary>Issue 19 points 2 and 8: endless pages, FIFOs and directory link loops end with a clear error, never a crash or a hang.</summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly string Site = Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru");
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-hostile-").FullName;

    [LinuxFact]
    public void Parse_refuses_an_endless_page_with_a_clear_error()
    {
        var error = new StringWriter();

        var code = ParseCommand.Run(Path.Combine(Site, "parsers", "post page parser.hydrus.json"), null, "https://fixture.test/post/1", "/dev/zero", asJson: true, TextWriter.Null, error);

        code.ShouldBe(1);
        error.ToString().ShouldContain("character device");
    }

    [Fact]
    public void Parse_refuses_a_page_over_the_page_limit()
    {
        var page = Path.Combine(folder, "huge.html");
        using (var stream = File.Create(page))
        {
            stream.SetLength(new HydraEngine.Network.NetworkOptions().MaxPageBytes + 1);
        }

        var error = new StringWriter();
        ParseCommand.Run(Path.Combine(Site, "parsers", "post page parser.hydrus.json"), null, "https://fixture.test/post/1", page, asJson: true, TextWriter.Null, error).ShouldBe(1);
        error.ToString().ShouldContain("larger than the limit");
    }

    [LinuxFact]
    public void Inspect_refuses_a_fifo_without_hanging()
    {
        var fifo = Path.Combine(folder, "pipe.json");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        var output = new StringWriter();

        var inspect = Task.Run(() => InspectCommand.Run([fifo], asJson: true, output));

        inspect.Wait(TimeSpan.FromSeconds(10)).ShouldBeTrue("inspect hung on a FIFO");
        inspect.Result.ShouldBe(1);
        output.ToString().ShouldContain("FIFO");
    }

    [LinuxFact]
    public void Inspect_reads_each_file_once_in_a_folder_with_a_link_loop()
    {
        var inner = Directory.CreateDirectory(Path.Combine(folder, "defs")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "objects", "demo", "fixture booru tag search.hydrus.json"), Path.Combine(inner, "gug.json"));
        Directory.CreateSymbolicLink(Path.Combine(inner, "loop"), inner);
        var output = new StringWriter();

        InspectCommand.Run([folder], asJson: true, output).ShouldBe(0);

        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
