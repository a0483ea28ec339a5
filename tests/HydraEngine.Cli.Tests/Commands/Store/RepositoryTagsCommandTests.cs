using HydraEngine.Cli.Tests.Support;
using HydraEngine.Definitions;
using HydraEngine.Model.Strings;

namespace HydraEngine.Cli.Tests.Commands.Store;

/// <summary>Issue 18: tags given to a repository's service are pending until committed, and `hydra tags` says so.</summary>
public sealed class RepositoryTagsCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-repository-tags-").FullName;

    private string Store => Path.Combine(folder, "hydra.db");

    [Fact]
    public async Task Tags_added_for_a_repository_are_reported_as_pending_upload()
    {
        var hash = await ImportAsync();

        var result = await HydraProcess.RunAsync(folder, "tags", "add", hash, "--tag", "blue eyes", "--service", "ptr", "--db", Store);

        result.Output.Trim().ShouldBe("1 mapping pending upload to the repository 'ptr'; `hydra repos commit \"ptr\"` sends it", result.ToString());
    }

    [Fact]
    public async Task Tags_removed_for_a_repository_are_reported_as_petitioned()
    {
        var hash = await ImportAsync();

        var result = await HydraProcess.RunAsync(folder, "tags", "remove", hash, "--tag", "blue eyes", "--service", "ptr", "--db", Store);

        result.Output.Trim().ShouldStartWith("1 mapping petitioned for removal from the repository 'ptr'", customMessage: result.ToString());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<string> ImportAsync()
    {
        var image = Path.Combine(folder, "image.png");
        File.WriteAllBytes(image, HydrusSerialiser.ToPng(StringMatch.Any));
        (await HydraProcess.RunAsync(folder, "repos", "add", "ptr", "--host", "127.0.0.1", "--port", "1", "--access-key", new string('a', 64), "--db", Store)).Code.ShouldBe(0);
        (await HydraProcess.RunAsync(folder, "import", image, "--db", Store)).Code.ShouldBe(0);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(image)));
    }
}
