using HydraEngine.Cli.Commands;
using HydraEngine.Definitions;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-convert-").FullName;
    private readonly string source = Path.Combine(RepositoryPaths.Fixtures, "objects", "demo", "fixture booru post page parser.hydrus.json");

    [Theory]
    [InlineData("parser.png")]
    [InlineData("parser.json")]
    [InlineData("parser.hydrus.json")]
    public void Every_format_converts_to_the_same_object(string target)
    {
        var path = Path.Combine(folder, target);

        ConvertCommand.Run(source, path, TextWriter.Null, TextWriter.Null).ShouldBe(0);

        DefinitionLoader.LoadFile(path).Definition.ShouldBe(DefinitionLoader.LoadFile(source).Definition);
    }

    [Fact]
    public void An_unknown_target_extension_is_refused()
    {
        var error = new StringWriter();

        ConvertCommand.Run(source, Path.Combine(folder, "parser.txt"), TextWriter.Null, error).ShouldBe(2);
        error.ToString().ShouldContain(".png, .hydrus.json or .json");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
