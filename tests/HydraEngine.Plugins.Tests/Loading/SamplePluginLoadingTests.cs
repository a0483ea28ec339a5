using System.Runtime.Loader;
using System.Text.Json;
using HydraEngine.Abstractions;
using HydraEngine.Plugins.Tests.Support;

namespace HydraEngine.Plugins.Tests.Loading;

/// <summary>The sample plugins, loaded from their built output, each in its own load context.</summary>
public sealed class SamplePluginLoadingTests : IDisposable
{
    private static readonly Dictionary<string, JsonElement> NoSettings = [];
    private readonly PluginSandbox sandbox = new(BuiltPlugins.Samples);

    [Fact]
    public void Every_sample_plugin_loads_enabled()
    {
        var host = sandbox.Load();

        host.Plugins.Select(plugin => (plugin.Id, plugin.State, plugin.Error)).ShouldBe(
            BuiltPlugins.Samples.Order(StringComparer.Ordinal).Select(id => (id, PluginState.Enabled, (string?)null)));
    }

    [Fact]
    public void Each_plugin_runs_in_its_own_load_context()
    {
        var host = sandbox.Load();

        var kind = host.FindLoaded(BuiltPlugins.XPath)!.Extensions.FormulaKinds.ShouldHaveSingleItem().Declared.Kind;

        AssemblyLoadContext.GetLoadContext(kind.GetType().Assembly)!.Name.ShouldBe("plugin:" + BuiltPlugins.XPath);
    }

    [Fact]
    public void Plugins_share_the_hosts_contract_assembly()
    {
        var host = sandbox.Load();

        var kind = host.FindLoaded(BuiltPlugins.XPath)!.Extensions.FormulaKinds.ShouldHaveSingleItem().Declared.Kind;

        kind.GetType().GetInterface(nameof(IFormulaKind))!.Assembly.ShouldBeSameAs(typeof(IFormulaKind).Assembly);
    }

    [Fact]
    public void Two_plugins_using_two_versions_of_one_library_both_work()
    {
        var host = sandbox.Load();

        var one = host.FindLoaded(BuiltPlugins.GreeterOne)!.Extensions.ConverterSteps.ShouldHaveSingleItem().Kind.Convert("Bob", NoSettings);
        var two = host.FindLoaded(BuiltPlugins.GreeterTwo)!.Extensions.ConverterSteps.ShouldHaveSingleItem().Kind.Convert("Bob", NoSettings);

        (one, two).ShouldBe(("Hello, Bob! (greeting 1.0)", "Greetings, Bob! (greeting 2.0)"));
    }

    [Fact]
    public void Each_plugin_gets_its_own_data_folder()
    {
        sandbox.Load();

        Directory.Exists(Path.Combine(sandbox.Options.DataFolder, BuiltPlugins.Sidecars)).ShouldBeTrue();
    }

    public void Dispose() => sandbox.Dispose();
}
