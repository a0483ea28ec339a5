using System.Runtime.Loader;
using HydraEngine.Plugins.Tests.Support;

namespace HydraEngine.Plugins.Tests.Loading;

/// <summary>A plugin loads only when its contract major equals the host's and its minor is not newer.</summary>
public sealed class VersionRuleTests : IDisposable
{
    private const string NewerMinor = "Misbehaving.NewerContractMinor";
    private const string OtherMajor = "Misbehaving.OtherContractMajor";
    private readonly PluginSandbox sandbox = new(NewerMinor, OtherMajor, BuiltPlugins.XPath);

    [Fact]
    public void A_plugin_needing_a_newer_contract_minor_is_incompatible()
    {
        var plugin = sandbox.Load().Find(NewerMinor)!;

        (plugin.State, plugin.ContractVersion).ShouldBe((PluginState.Incompatible, "1.1"));
        plugin.Error.ShouldBe("built for contract 1.1; this host runs contract 1.0 and loads only plugins of major 1 with a minor of at most 0.");
    }

    [Fact]
    public void A_plugin_built_for_another_contract_major_is_incompatible()
    {
        var plugin = sandbox.Load().Find(OtherMajor)!;

        (plugin.State, plugin.ContractVersion).ShouldBe((PluginState.Incompatible, "2.0"));
    }

    [Fact]
    public void An_incompatible_plugin_is_never_loaded_into_the_process()
    {
        sandbox.Load();

        AssemblyLoadContext.All.Select(context => context.Name).ShouldNotContain("plugin:" + NewerMinor);
    }

    [Fact]
    public void A_compatible_plugin_beside_incompatible_ones_loads()
    {
        sandbox.Load().Find(BuiltPlugins.XPath)!.State.ShouldBe(PluginState.Enabled);
    }

    public void Dispose() => sandbox.Dispose();
}
