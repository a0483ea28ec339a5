using System.Xml.Linq;
using HydraEngine.Testing;

namespace HydraEngine.Host.Tests.Layering;

/// <summary>
/// The flow of design.md, read from the project files: an engine project may reference only projects on a lower
/// layer, so arrows run one way (Strings under Matching, Network and Parsing; the composition root on top).
/// </summary>
public sealed class ProjectLayeringTests
{
    /// <summary>Each engine project's layer; a new project must be placed here before it builds into the engine.</summary>
    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        ["HydraEngine.Abstractions"] = 0,
        ["HydraEngine.Model"] = 0,
        ["HydraEngine.Imaging"] = 0,
        ["HydraEngine.Strings"] = 1,
        ["HydraEngine.Database"] = 1,
        ["HydraEngine.Definitions"] = 2,
        ["HydraEngine.Matching"] = 2,
        ["HydraEngine.Network"] = 2,
        ["HydraEngine.Parsing"] = 2,
        ["HydraEngine.Storage"] = 2,
        ["HydraEngine.Library"] = 3,
        ["HydraEngine.Repositories"] = 3,
        ["HydraEngine.Downloading"] = 4,
        ["HydraEngine.Plugins"] = 4,
        ["HydraEngine.Host"] = 5,
        ["HydraEngine.ClientApi"] = 6,
        ["HydraEngine.Editor"] = 6,
    };

    private static readonly string Engine = Path.Combine(RepositoryPaths.Root, "engine");

    public static TheoryData<string> EngineProjects() => [.. Directory.GetDirectories(Engine).Select(folder => Path.GetFileName(folder)!).Where(name => File.Exists(Path.Combine(Engine, name, name + ".csproj"))).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(EngineProjects))]
    public void Every_engine_project_has_a_layer(string project)
    {
        Layers.ShouldContainKey(project, $"place {project} in a layer of {nameof(ProjectLayeringTests)} (and in design.md's flow)");
    }

    [Theory]
    [MemberData(nameof(EngineProjects))]
    public void An_engine_project_references_only_projects_below_it(string project)
    {
        var layer = Layers.GetValueOrDefault(project, int.MaxValue);

        var upward = References(project).Where(reference => Layers.GetValueOrDefault(reference, int.MaxValue) >= layer).ToList();

        upward.ShouldBeEmpty($"{project} (layer {layer}) references projects on its own layer or above");
    }

    [Fact]
    public void Strings_needs_no_html_library()
    {
        PackageReferences("HydraEngine.Strings").ShouldNotContain("AngleSharp");
    }

    [Fact]
    public void Matching_and_network_stand_beside_parsing_not_above_it()
    {
        Layers["HydraEngine.Matching"].ShouldBe(Layers["HydraEngine.Parsing"]);
        References("HydraEngine.Matching").ShouldNotContain("HydraEngine.Parsing");
        References("HydraEngine.Network").ShouldNotContain("HydraEngine.Parsing");
    }

    private static XDocument ProjectFile(string project) => XDocument.Load(Path.Combine(Engine, project, project + ".csproj"));

    private static IReadOnlyList<string> References(string project) =>
        ProjectFile(project).Descendants("ProjectReference")
            .Select(element => Path.GetFileNameWithoutExtension((string)element.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

    private static IReadOnlyList<string> PackageReferences(string project) =>
        ProjectFile(project).Descendants("PackageReference").Select(element => (string)element.Attribute("Include")!).ToList();
}
