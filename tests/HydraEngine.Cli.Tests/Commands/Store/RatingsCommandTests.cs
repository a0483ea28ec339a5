using HydraEngine.Cli.Tests.Support;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Services;

namespace HydraEngine.Cli.Tests.Commands.Store;

/// <summary>`hydra ratings add|list`: rating services of each kind; exactly one kind must be given.</summary>
public sealed class RatingsCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-ratings-").FullName;

    private string Database => Path.Combine(folder, "hydra.db");

    [Fact]
    public async Task Each_kind_is_added_and_listed()
    {
        (await HydraProcess.RunAsync(folder, "ratings", "add", "favourites", "--like", "--db", Database)).Code.ShouldBe(0);
        (await HydraProcess.RunAsync(folder, "ratings", "add", "quality", "--stars", "5", "--db", Database)).Code.ShouldBe(0);
        (await HydraProcess.RunAsync(folder, "ratings", "add", "views", "--incdec", "--db", Database)).Code.ShouldBe(0);

        var listed = await HydraProcess.RunAsync(folder, "ratings", "list", "--db", Database);

        listed.Code.ShouldBe(0, listed.ToString());
        listed.Output.ShouldContain("favourites");
        listed.Output.ShouldContain("5 stars");
        listed.Output.ShouldContain("inc/dec");
        using var store = HydraStore.Open(StoreLocation.FromOption(Database));
        store.RatingServices().Select(service => service.Type).ShouldBe([ServiceType.LocalRatingLike, ServiceType.LocalRatingNumerical, ServiceType.LocalRatingIncDec]);
    }

    [Theory]
    [InlineData("--like", "--incdec")]
    [InlineData("--db-only")]
    public async Task Not_exactly_one_kind_is_refused(params string[] kinds)
    {
        var arguments = new[] { "ratings", "add", "odd" }.Concat(kinds.Where(kind => kind != "--db-only")).Concat(["--db", Database]).ToArray();

        var result = await HydraProcess.RunAsync(folder, arguments);

        result.Code.ShouldBe(1);
        result.Error.ShouldContain("exactly one of --like, --stars N and --incdec");
    }

    [Fact]
    public async Task Too_many_stars_are_refused_with_the_reason()
    {
        var result = await HydraProcess.RunAsync(folder, "ratings", "add", "big", "--stars", "50", "--db", Database);

        result.Code.ShouldBe(1);
        result.Error.ShouldContain("1 to 20 stars");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
