using HydraEngine.Definitions;
using HydraEngine.FixtureBooru.Tests.Support;

namespace HydraEngine.FixtureBooru.Tests.Downloader;

/// <summary>The shipped downloader files in parsers/fixture-booru: hydrus JSON and their native JSON twins.</summary>
public sealed class DefinitionFileTests
{
    public static TheoryData<string> HydrusFiles() => new(LoadedDownloader.HydrusFiles().Select(Path.GetFileName).OfType<string>());

    private static string Native(string hydrusFile) => Path.Combine(LoadedDownloader.Folder, hydrusFile.Replace(".hydrus.json", ".json", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(HydrusFiles))]
    public void The_hydrus_file_loads_without_diagnostics(string file)
    {
        var result = DefinitionLoader.LoadFile(Path.Combine(LoadedDownloader.Folder, file));

        result.Diagnostics.ShouldBeEmpty();
        result.Definition.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(HydrusFiles))]
    public void The_native_twin_loads_to_the_same_object(string file)
    {
        var native = DefinitionLoader.LoadFile(Native(file));

        native.Diagnostics.ShouldBeEmpty();
        native.Definition.ShouldBe(DefinitionLoader.LoadFile(Path.Combine(LoadedDownloader.Folder, file)).Definition);
    }

    [Theory]
    [MemberData(nameof(HydrusFiles))]
    public void The_port_appears_only_in_the_shipped_domain(string file)
    {
        var text = File.ReadAllText(Path.Combine(LoadedDownloader.Folder, file)) + File.ReadAllText(Native(file));

        text.Replace(FixtureDownloader.Domain, "", StringComparison.Ordinal).ShouldNotContain("8089");
    }
}
