using HydraEngine.Plugins.Manifests;

namespace HydraEngine.Plugins.Tests.Manifests;

public sealed class PluginManifestReaderTests : IDisposable
{
    private readonly string path = Path.Combine(Directory.CreateTempSubdirectory("hydra-manifest-").FullName, "plugin.json");

    [Fact]
    public void A_complete_manifest_is_read()
    {
        var manifest = Read("""{"id": "Some.Plugin", "version": "2.1.0", "entry_assembly": "Some.Plugin.dll", "contract_version": "1.0"}""", out var problems);

        problems.ShouldBeEmpty();
        manifest.ShouldBe(new PluginManifest("Some.Plugin", "2.1.0", "Some.Plugin.dll", new ContractLevel(1, 0)));
    }

    [Fact]
    public void An_unknown_key_is_an_error()
    {
        Read("""{"id": "A", "version": "1", "entry_assembly": "A.dll", "contract_version": "1.0", "author": "me"}""", out var problems).ShouldBeNull();

        problems.ShouldHaveSingleItem().ShouldContain("\"author\" is not a manifest key");
    }

    [Fact]
    public void Every_missing_key_is_reported()
    {
        Read("""{"id": "A"}""", out var problems);

        problems.ShouldBe(["\"version\" is missing.", "\"entry_assembly\" is missing.", "\"contract_version\" is missing."]);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.0.0")]
    [InlineData("v1.0")]
    public void A_contract_version_must_be_major_dot_minor(string version)
    {
        Read($$"""{"id": "A", "version": "1", "entry_assembly": "A.dll", "contract_version": "{{version}}"}""", out var problems).ShouldBeNull();

        problems.ShouldHaveSingleItem().ShouldContain("must be major.minor");
    }

    [Fact]
    public void The_entry_assembly_must_be_a_file_in_the_plugin_folder()
    {
        Read("""{"id": "A", "version": "1", "entry_assembly": "../elsewhere/A.dll", "contract_version": "1.0"}""", out var problems).ShouldBeNull();

        problems.ShouldHaveSingleItem().ShouldContain("a .dll file name in the plugin's folder");
    }

    [Fact]
    public void A_key_given_twice_is_an_error()
    {
        Read("""{"id": "A", "id": "B", "version": "1", "entry_assembly": "A.dll", "contract_version": "1.0"}""", out var problems).ShouldBeNull();

        problems.ShouldHaveSingleItem().ShouldContain("\"id\" appears more than once");
    }

    [Fact]
    public void Text_that_is_not_json_is_reported()
    {
        Read("id = A", out var problems).ShouldBeNull();

        problems.ShouldHaveSingleItem().ShouldStartWith("plugin.json is not valid JSON");
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

    private PluginManifest? Read(string text, out IReadOnlyList<string> problems)
    {
        File.WriteAllText(path, text);
        return PluginManifestReader.Read(path, out problems);
    }
}
