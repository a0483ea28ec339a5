using System.Diagnostics;
using HydraEngine.Plugins.Tests.Support;
using HydraEngine.Testing;

namespace HydraEngine.Plugins.Tests.Loading;

/// <summary>
/// Issue 19 points 3 and 6: a plugin.json that is endless, a FIFO, invalid UTF-8 or holds a lone surrogate fails
/// that one plugin with the reason; every other plugin loads, and the broken one can still be disabled.
/// </summary>
public sealed class HostileManifestTests : IDisposable
{
    private readonly PluginSandbox sandbox = new(BuiltPlugins.XPath);

    [LinuxFact]
    public void An_endless_manifest_fails_its_plugin_and_the_others_load()
    {
        var folder = sandbox.Write("Endless", "readme.txt", "");
        File.CreateSymbolicLink(Path.Combine(folder, "plugin.json"), "/dev/zero");

        var host = sandbox.Load();

        host.Find("Endless")!.ShouldSatisfyAllConditions(
            plugin => plugin.State.ShouldBe(PluginState.Failed),
            plugin => plugin.Error!.ShouldContain("character device"));
        host.Find(BuiltPlugins.XPath)!.State.ShouldBe(PluginState.Enabled);
    }

    [LinuxFact]
    public void A_fifo_manifest_fails_without_waiting_for_a_writer()
    {
        var folder = sandbox.Write("Piped", "readme.txt", "");
        Process.Start("mkfifo", [Path.Combine(folder, "plugin.json")])!.WaitForExit();

        var load = Task.Run(sandbox.Load);

        load.Wait(TimeSpan.FromSeconds(10)).ShouldBeTrue("loading plugins hung on a FIFO manifest");
        load.Result.Find("Piped")!.Error!.ShouldContain("FIFO");
    }

    [Fact]
    public void An_oversized_manifest_fails_its_plugin()
    {
        sandbox.Write("Huge", "plugin.json", "{\"id\": \"" + new string('a', 200_000) + "\"}");

        sandbox.Load().Find("Huge")!.Error!.ShouldContain("larger than the limit");
    }

    [Fact]
    public void An_invalid_utf8_manifest_fails_its_plugin_and_can_still_be_disabled()
    {
        var folder = sandbox.Write("Garbled", "readme.txt", "");
        File.WriteAllBytes(Path.Combine(folder, "plugin.json"), [(byte)'{', (byte)'"', 0xff, 0xfe, (byte)'"', (byte)':', (byte)'1', (byte)'}']);

        sandbox.Load().Find("Garbled")!.State.ShouldBe(PluginState.Failed);
        PluginHost.SetEnabled(sandbox.Options, "Garbled", enabled: false).Id.ShouldBe("Garbled");
    }

    [Fact]
    public void A_lone_surrogate_in_a_manifest_fails_its_plugin()
    {
        sandbox.Write("Surrogate", "plugin.json", "{\"id\": \"\\ud800x\", \"version\": \"1\", \"entry_assembly\": \"P.dll\", \"contract_version\": \"1.0\"}");

        var plugin = sandbox.Load().Find("Surrogate")!;

        plugin.State.ShouldBe(PluginState.Failed);
        plugin.Error!.ShouldContain("surrogate");
    }

    public void Dispose() => sandbox.Dispose();
}
