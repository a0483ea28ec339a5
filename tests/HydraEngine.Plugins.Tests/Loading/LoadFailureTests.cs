using System.Diagnostics;
using HydraEngine.Plugins.Tests.Support;

namespace HydraEngine.Plugins.Tests.Loading;

/// <summary>A plugin that cannot load, or misbehaves while registering, is reported with its id; the others load.</summary>
public sealed class LoadFailureTests : IDisposable
{
    private readonly PluginSandbox sandbox = new(BuiltPlugins.XPath);

    [Fact]
    public void A_folder_without_a_manifest_fails_under_its_folder_name()
    {
        sandbox.Write("Stray.Folder", "readme.txt", "not a plugin");

        var plugin = sandbox.Load().Find("Stray.Folder")!;

        (plugin.State, plugin.Error).ShouldBe((PluginState.Failed, $"there is no plugin.json in {sandbox.PluginFolder("Stray.Folder")}."));
    }

    [Fact]
    public void A_manifest_whose_id_is_not_its_folder_name_fails()
    {
        sandbox.Write("Folder.Name", "plugin.json", ManifestTexts.For("Other.Id"));

        sandbox.Load().Find("Other.Id")!.Error.ShouldBe("the manifest's id \"Other.Id\" is not its folder's name \"Folder.Name\"; name the folder after the id.");
    }

    [Fact]
    public void A_missing_entry_assembly_fails()
    {
        sandbox.Write("Not.Built", "plugin.json", ManifestTexts.For("Not.Built"));

        var plugin = sandbox.Load().Find("Not.Built")!;

        (plugin.State, plugin.Error).ShouldBe((PluginState.Failed, $"the entry assembly Plugin.dll is not in {sandbox.PluginFolder("Not.Built")} (is the plugin built?)."));
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_fails()
    {
        sandbox.Write("Not.An.Assembly", "plugin.json", ManifestTexts.For("Not.An.Assembly"));
        sandbox.Write("Not.An.Assembly", "Plugin.dll", "MZ this is text");

        var plugin = sandbox.Load().Find("Not.An.Assembly")!;

        plugin.State.ShouldBe(PluginState.Failed);
        plugin.Error!.ShouldStartWith("cannot load Plugin.dll:");
    }

    [Fact]
    public void An_assembly_that_does_not_reference_the_contract_fails()
    {
        var library = Path.Combine(BuiltPlugins.Folder(BuiltPlugins.GreeterOne), "HydraEngine.Samples.Greeting.dll");
        var folder = sandbox.Write("Just.A.Library", "plugin.json", ManifestTexts.For("Just.A.Library", "HydraEngine.Samples.Greeting.dll"));
        File.Copy(library, Path.Combine(folder, "HydraEngine.Samples.Greeting.dll"));

        sandbox.Load().Find("Just.A.Library")!.Error.ShouldBe("HydraEngine.Samples.Greeting.dll does not reference HydraEngine.Abstractions, so it cannot be a plugin.");
    }

    [Fact]
    public void A_plugin_that_throws_in_Register_is_disabled_with_the_reason()
    {
        sandbox.Install("Misbehaving.ThrowsInRegister");

        var plugin = sandbox.Load().Find("Misbehaving.ThrowsInRegister")!;

        (plugin.State, plugin.Error).ShouldBe((PluginState.Disabled, "Register threw InvalidOperationException: this plugin always fails to register"));
    }

    [Fact]
    public void The_other_plugins_load_when_one_throws_in_Register()
    {
        sandbox.Install("Misbehaving.ThrowsInRegister");

        sandbox.Load().Find(BuiltPlugins.XPath)!.State.ShouldBe(PluginState.Enabled);
    }

    [Fact]
    public void A_plugin_that_hangs_in_Register_is_disabled_when_its_time_is_up()
    {
        sandbox.Install("Misbehaving.HangsInRegister");
        sandbox.Options = sandbox.Options with { RegisterTimeout = TimeSpan.FromMilliseconds(300) };
        var clock = Stopwatch.StartNew();

        var plugin = sandbox.Load().Find("Misbehaving.HangsInRegister")!;

        (plugin.State, plugin.Error).ShouldBe((PluginState.Disabled, "Register did not return within 300 ms"));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_plugin_that_registers_garbage_is_disabled_with_every_problem()
    {
        sandbox.Install("Misbehaving.BadRegistration");

        var plugin = sandbox.Load().Find("Misbehaving.BadRegistration")!;

        plugin.State.ShouldBe(PluginState.Disabled);
        plugin.Error.ShouldBe("Register added unusable extensions: a formula kind (BadlyNamedKind) is named \"Bad Name\"; names are lower-case snake_case ([a-z][a-z0-9_]*, at most 64 characters). "
            + "the formula kind \"Bad Name\" declares its settings as null (use an empty list).");
    }

    [Fact]
    public void A_plugin_cannot_borrow_a_host_assembly_it_does_not_ship()
    {
        sandbox.Install("Misbehaving.BorrowsHostAssembly");

        var plugin = sandbox.Load().Find("Misbehaving.BorrowsHostAssembly")!;

        plugin.State.ShouldBe(PluginState.Disabled);
        plugin.Error!.ShouldContain("which it does not ship; plugins share only HydraEngine.Abstractions and the .NET base library with the host.");
    }

    [Fact]
    public void A_missing_plugins_folder_means_no_plugins()
    {
        sandbox.Options = new PluginHostOptions(Path.Combine(sandbox.Root, "absent"));

        sandbox.Load().Plugins.ShouldBeEmpty();
    }

    public void Dispose() => sandbox.Dispose();
}
