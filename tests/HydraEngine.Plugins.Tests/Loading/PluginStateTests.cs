using System.Text.Json.Nodes;
using HydraEngine.Plugins.Tests.Support;

namespace HydraEngine.Plugins.Tests.Loading;

/// <summary>Enabled/disabled state, kept in plugin-state.json beside the plugins folder.</summary>
public sealed class PluginStateTests : IDisposable
{
    private readonly PluginSandbox sandbox = new(BuiltPlugins.XPath, "Misbehaving.ThrowsInRegister");

    [Fact]
    public void The_state_file_sits_beside_the_plugins_folder()
    {
        sandbox.Options.StateFile.ShouldBe(Path.Combine(sandbox.Root, "plugin-state.json"));
    }

    [Fact]
    public void A_plugin_that_misbehaved_is_recorded_as_disabled_with_its_reason()
    {
        sandbox.Load();

        var disabled = JsonNode.Parse(File.ReadAllText(sandbox.Options.StateFile))!["disabled"]!;

        ((string?)disabled["Misbehaving.ThrowsInRegister"]!["reason"]).ShouldBe("Register threw InvalidOperationException: this plugin always fails to register");
    }

    [Fact]
    public void A_plugin_that_misbehaved_stays_disabled_at_the_next_load()
    {
        sandbox.Load();

        var again = sandbox.Load();

        (again.Find("Misbehaving.ThrowsInRegister")!.State, again.FindLoaded("Misbehaving.ThrowsInRegister")).ShouldBe((PluginState.Disabled, null));
    }

    [Fact]
    public void A_plugin_disabled_by_the_user_is_not_loaded()
    {
        PluginHost.SetEnabled(sandbox.Options, BuiltPlugins.XPath, enabled: false);

        var host = sandbox.Load();

        (host.Find(BuiltPlugins.XPath)!.State, host.Find(BuiltPlugins.XPath)!.Error, host.FindLoaded(BuiltPlugins.XPath)).ShouldBe((PluginState.Disabled, "disabled by the user", null));
    }

    [Fact]
    public void Enabling_a_disabled_plugin_loads_it_again()
    {
        PluginHost.SetEnabled(sandbox.Options, BuiltPlugins.XPath, enabled: false);

        PluginHost.SetEnabled(sandbox.Options, BuiltPlugins.XPath, enabled: true);

        sandbox.Load().Find(BuiltPlugins.XPath)!.State.ShouldBe(PluginState.Enabled);
    }

    [Fact]
    public void Enabling_a_plugin_that_is_not_installed_is_an_error()
    {
        var error = Should.Throw<PluginException>(() => PluginHost.SetEnabled(sandbox.Options, "No.Such.Plugin", enabled: true));

        error.Message.ShouldBe($"there is no plugin \"No.Such.Plugin\" in {sandbox.Options.PluginsFolder}.");
    }

    [Fact]
    public void A_corrupt_state_file_is_reported_with_its_path()
    {
        File.WriteAllText(sandbox.Options.StateFile, "[1, 2]");

        Should.Throw<PluginException>(sandbox.Load).Message.ShouldStartWith($"the plugin state file {sandbox.Options.StateFile} is not");
    }

    public void Dispose() => sandbox.Dispose();
}
