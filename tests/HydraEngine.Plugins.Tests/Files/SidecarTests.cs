using System.Text.Json.Nodes;
using HydraEngine.Plugins.Tests.Support;
using HydraEngine.Storage.Files;

namespace HydraEngine.Plugins.Tests.Files;

/// <summary>The sidecar plugin: a JSON metadata sidecar on import, a hydrus-style .txt tag sidecar on export.</summary>
public sealed class SidecarTests : IDisposable
{
    private static readonly ImportOptions Tagged = new()
    {
        Tags = ["creator:bob", "blue eyes", "smile"],
        Urls = ["https://fixture.test/post/101"],
        Notes = new Dictionary<string, string> { ["comment"] = "nice" },
    };

    private readonly PluginSandbox sandbox = new(BuiltPlugins.Sidecars);
    private readonly TempStore store;

    public SidecarTests() => store = new TempStore(sandbox.Root);

    [Fact]
    public void Exporting_writes_one_tag_per_line_beside_the_exported_file()
    {
        var host = sandbox.Load();
        var imported = host.Files.Import(store.Store, TinyPng.Write(sandbox.Root, "export"), Tagged).Result;
        var target = Path.Combine(sandbox.Root, "exported.png");

        host.Files.Export(store.Store, imported.Hash, target).ExporterFailures.ShouldBeEmpty();

        File.ReadAllText(target + ".txt").ShouldBe("blue eyes\ncreator:bob\nsmile\n");
    }

    [Fact]
    public void Exporting_copies_the_file()
    {
        var host = sandbox.Load();
        var source = TinyPng.Write(sandbox.Root, "copy");
        var imported = host.Files.Import(store.Store, source, Tagged).Result;
        var target = Path.Combine(sandbox.Root, "copied.png");

        host.Files.Export(store.Store, imported.Hash, target);

        File.ReadAllBytes(target).ShouldBe(File.ReadAllBytes(source));
    }

    [Fact]
    public void Importing_writes_a_json_metadata_sidecar_in_the_plugins_data_folder()
    {
        var host = sandbox.Load();

        var imported = host.Files.Import(store.Store, TinyPng.Write(sandbox.Root, "import"), Tagged);

        var sidecar = JsonNode.Parse(File.ReadAllText(Path.Combine(sandbox.Options.DataFolder, BuiltPlugins.Sidecars, imported.Result.Hash.ToHex() + ".json")))!;
        sidecar.ToJsonString().ShouldBe(
            $$"""{"hash":"{{imported.Result.Hash.ToHex()}}","mime":"image/png","notes":{"comment":"nice"},"tags":{"my tags":["blue eyes","creator:bob","smile"]},"urls":["https://fixture.test/post/101"]}""");
    }

    [Fact]
    public void A_failing_import_hook_does_not_undo_the_import()
    {
        sandbox.Install("Misbehaving.ThrowsInCall");
        var host = sandbox.Load();

        var imported = host.Files.Import(store.Store, TinyPng.Write(sandbox.Root, "hooked"), Tagged);

        imported.HookFailures.ShouldHaveSingleItem().Message.ShouldBe("the plugin Misbehaving.ThrowsInCall was disabled: the import hook ThrowingHook threw IOException: a bug in the hook.");
        store.Store.GetFile(imported.Result.Hash)!.Status.ShouldBe(FileStatus.Current);
    }

    public void Dispose()
    {
        store.Dispose();
        sandbox.Dispose();
    }
}
