using HydraEngine.Testing;

namespace HydraEngine.Host.Tests.Layering;

/// <summary>README's layout table names every project folder there is, so a newcomer can find each one.</summary>
public sealed class ReadmeLayoutTests
{
    private static readonly string Layout = LayoutSection();

    public static TheoryData<string> ProjectFolders() =>
    [
        .. new[] { "engine", "tools" }
            .SelectMany(top => Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, top))
                .Where(folder => Directory.EnumerateFiles(folder, "*.csproj").Any())
                .Select(folder => $"{top}/{Path.GetFileName(folder)}"))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(ProjectFolders))]
    public void Every_project_folder_is_in_the_layout_table(string folder)
    {
        var top = folder[..folder.IndexOf('/', StringComparison.Ordinal)];
        var name = folder[(top.Length + 1)..];
        var shortName = name.Replace("HydraEngine.", "", StringComparison.Ordinal);
        var rows = Layout.Split('\n').Where(row => row.StartsWith($"| `{top}/", StringComparison.Ordinal)).ToList();
        rows.ShouldContain(
            row => row.Contains($"`{folder}`", StringComparison.Ordinal) || row.Contains($"`{shortName}`", StringComparison.Ordinal),
            $"README's layout table has no row for {folder}");
    }

    [Theory]
    [InlineData("tests/")]
    [InlineData("fixtures/")]
    [InlineData("parsers/")]
    [InlineData("plugins/")]
    public void Every_top_level_folder_is_in_the_layout_table(string folder) =>
        Layout.ShouldContain($"`{folder}`", customMessage: $"README's layout table has no row for {folder}");

    private static string LayoutSection()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = readme.IndexOf("\n## Layout", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "README has no Layout section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }
}
