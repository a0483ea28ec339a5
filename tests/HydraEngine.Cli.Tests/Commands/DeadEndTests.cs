using System.CommandLine;
using HydraEngine.Cli.Commands;
using HydraEngine.Cli.Tests.Support;
using HydraEngine.Definitions;
using HydraEngine.Library;
using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Urls;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Deletion;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands;

/// <summary>The dead ends a new user met: each now says what happened and what to do.</summary>
public sealed class DeadEndTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-dead-ends-").FullName;

    private string Database => Path.Combine(folder, "hydra.db");

    [Fact]
    public async Task An_empty_nested_gug_is_an_error_that_says_why()
    {
        var empty = new NestedGalleryUrlGenerator("empty nest", "00", "", new EquatableArray<GalleryUrlGeneratorReference>([]));
        using (var library = DownloaderLibrary.Open(Database))
        {
            library.ApplyImport(library.PlanImport([DefinitionLoader.LoadJson(HydrusSerialiser.ToDumpString(empty), "empty.json")]));
        }

        var result = await InProcessAsync("gug", "empty nest", "cats", "--db", Database);

        result.Code.ShouldBe(1);
        result.Error.ShouldContain("makes no gallery URLs");
    }

    [Fact]
    public async Task Undeleting_a_file_deleted_for_good_says_why_nothing_was_restored()
    {
        var hash = ImportOne();
        using (var store = HydraStore.Open(StoreLocation.FromOption(Database)))
        {
            store.Delete([hash], new DeleteOptions(Permanent: true));
        }

        var result = await HydraProcess.RunAsync(folder, "undelete", hash.ToHex(), "--db", Database);

        result.Output.ShouldContain("0 restored");
        result.Error.ShouldContain("deleted for good");
    }

    [Fact]
    public async Task A_file_is_found_by_the_first_digits_of_its_hash()
    {
        var hash = ImportOne();

        var result = await HydraProcess.RunAsync(folder, "file", hash.ToHex()[..8], "--json", "--db", Database);

        result.Code.ShouldBe(0, result.ToString());
        result.Output.ShouldContain(hash.ToHex());
    }

    [Fact]
    public async Task One_bad_png_does_not_refuse_the_rest_of_a_downloaders_import()
    {
        var source = Directory.CreateDirectory(Path.Combine(folder, "downloaders")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "objects", "demo"), "*.json"))
        {
            File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
        }

        File.WriteAllBytes(Path.Combine(source, "broken.png"), [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);

        var result = await InProcessAsync("downloaders", "import", source, "--yes", "--db", Database);

        result.Code.ShouldBe(0, result.ToString());
        result.Error.ShouldContain("left out");
        result.Error.ShouldContain("broken.png");
        result.Output.ShouldContain("imported: 3 new");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Storage.Files.FileHash ImportOne()
    {
        var picture = Path.Combine(folder, "picture.png");
        File.WriteAllBytes(picture, HydrusSerialiser.ToPng(StringMatch.Any));
        using var store = HydraStore.Open(StoreLocation.FromOption(Database));
        return store.Import(picture).Hash;
    }

    private static async Task<Downloads.Support.CliResult> InProcessAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliRoot.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new Downloads.Support.CliResult(code, output.ToString(), error.ToString());
    }
}
