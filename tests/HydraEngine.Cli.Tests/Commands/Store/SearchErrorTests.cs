using HydraEngine.Cli.Tests.Support;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.Cli.Tests.Commands.Store;

/// <summary>`hydra search` errors: a typo gets "did you mean", the caret points at the mistake, a bad --limit is refused.</summary>
public sealed class SearchErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-search-errors-").FullName;

    private string Database => Path.Combine(folder, "hydra.db");

    public SearchErrorTests()
    {
        using var store = HydraStore.Open(StoreLocation.FromOption(Database));
    }

    [Fact]
    public async Task A_mistyped_predicate_gets_a_suggestion_and_a_caret_under_it()
    {
        var result = await HydraProcess.RunAsync(folder, "search", "blue eyes, system:widht > 5", "--db", Database);

        result.Code.ShouldBe(1);
        var lines = result.Error.Split('\n');
        lines[0].ShouldContain("unknown predicate 'widht': did you mean 'width'?");
        lines[2].IndexOf('^').ShouldBe(lines[1].IndexOf("widht", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hydrus_duration_and_ratio_predicates_are_understood()
    {
        var result = await HydraProcess.RunAsync(folder, "search", "system:duration > 5s, system:ratio = 16:9", "--db", Database);

        result.Code.ShouldBe(0, result.ToString());
        result.Error.ShouldContain("0 files");
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    public async Task A_limit_below_one_is_refused(string limit)
    {
        var result = await HydraProcess.RunAsync(folder, "search", "system:everything", "--limit", limit, "--db", Database);

        result.Code.ShouldBe(1);
        result.Error.ShouldContain("--limit must be at least 1");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
