using HydraEngine.Cli.Tests.Support;

namespace HydraEngine.Cli.Tests.Commands;

/// <summary>
/// A mistyped --db: commands that only read refuse it ("no store at PATH") and create nothing; commands that write
/// create the store and say so first. A file that is not a database is named, with what to do.
/// </summary>
public sealed class StorePresenceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-presence-").FullName;

    private string Missing => Path.Combine(folder, "does", "not", "exist", "hydra.db");

    [Theory]
    [InlineData("search", "system:everything")]
    [InlineData("db", "check")]
    [InlineData("downloaders", "list")]
    [InlineData("status")]
    [InlineData("api", "keys", "list")]
    [InlineData("repos", "list")]
    public async Task A_reading_command_refuses_a_missing_store_and_creates_nothing(params string[] command)
    {
        var result = await HydraProcess.RunAsync(folder, [.. command, "--db", Missing]);

        result.Code.ShouldBe(1, result.ToString());
        result.Error.ShouldContain($"no store at {Missing}");
        Directory.Exists(Path.Combine(folder, "does")).ShouldBeFalse("nothing may be created");
    }

    [Fact]
    public async Task A_writing_command_creates_the_store_and_says_so_first()
    {
        var picture = Path.Combine(folder, "picture.png");
        File.WriteAllBytes(picture, HydraEngine.Definitions.HydrusSerialiser.ToPng(HydraEngine.Model.Strings.StringMatch.Any));

        var result = await HydraProcess.RunAsync(folder, "import", picture, "--db", Missing);

        result.Code.ShouldBe(0, result.ToString());
        result.Error.Split('\n')[0].ShouldBe($"creating a new store at {Missing}");
        File.Exists(Missing).ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_named_with_what_to_do()
    {
        var notADatabase = Path.Combine(folder, "notes.db");
        File.WriteAllText(notADatabase, new string('x', 4096));

        var result = await HydraProcess.RunAsync(folder, "downloaders", "list", "--db", notADatabase);

        result.Code.ShouldBe(1, result.ToString());
        result.Error.ShouldContain(notADatabase);
        result.Error.ShouldContain("not a SQLite database");
        result.Error.ShouldNotContain("SQLite Error 26");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
