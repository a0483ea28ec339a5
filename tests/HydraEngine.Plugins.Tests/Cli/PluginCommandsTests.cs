using System.CommandLine;
using HydraEngine.Cli.Commands.Plugins;
using HydraEngine.Plugins.Tests.Support;

namespace HydraEngine.Plugins.Tests.Cli;

/// <summary><c>hydra plugins list|enable|disable</c>.</summary>
public sealed class PluginCommandsTests : IDisposable
{
    private readonly PluginSandbox sandbox = new(BuiltPlugins.XPath, "Misbehaving.ThrowsInRegister", "Misbehaving.NewerContractMinor");

    [Fact]
    public void List_shows_each_plugins_id_version_state_contract_and_error()
    {
        var (exit, output, _) = Run("list");

        exit.ShouldBe(0);
        output.Split('\n').Skip(1).ShouldBe(
        [
            "ID                              VERSION  STATE         CONTRACT  ERROR",
            "HydraEngine.XPath               1.0.0    enabled       1.0       ",
            "Misbehaving.NewerContractMinor  1.0.0    incompatible  1.1       built for contract 1.1; this host runs contract 1.0 and loads only plugins of major 1 with a minor of at most 0.",
            "Misbehaving.ThrowsInRegister    1.0.0    disabled      1.0       Register threw InvalidOperationException: this plugin always fails to register",
            "",
        ]);
    }

    [Fact]
    public void List_names_the_folder_and_the_hosts_contract()
    {
        Run("list").Output.Split('\n')[0].ShouldBe($"plugins in {sandbox.Options.PluginsFolder} (this host runs contract 1.0; state in {sandbox.Options.StateFile})");
    }

    [Fact]
    public void Disable_keeps_a_plugin_from_loading()
    {
        Run("disable", BuiltPlugins.XPath).Output.ShouldBe("HydraEngine.XPath 1.0.0 is disabled; this takes effect when plugins are next loaded.\n");

        sandbox.Load().Find(BuiltPlugins.XPath)!.State.ShouldBe(PluginState.Disabled);
    }

    [Fact]
    public void Enable_clears_a_disable_that_followed_misbehaviour()
    {
        sandbox.Load();

        Run("enable", "Misbehaving.ThrowsInRegister").Exit.ShouldBe(0);

        File.ReadAllText(sandbox.Options.StateFile).ShouldNotContain("Misbehaving.ThrowsInRegister");
    }

    [Fact]
    public void Enabling_an_unknown_plugin_fails_with_a_message()
    {
        var (exit, _, error) = Run("enable", "No.Such.Plugin");

        (exit, error).ShouldBe((1, $"error: there is no plugin \"No.Such.Plugin\" in {sandbox.Options.PluginsFolder}.\n"));
    }

    [Fact]
    public void The_hidden_bench_loads_every_copy()
    {
        var (exit, output, _) = RunRoot(["plugins", "bench", "--source", BuiltPlugins.Folder(BuiltPlugins.XPath), "--count", "3"]);

        exit.ShouldBe(0);
        output.ShouldContain("3 plugins: ");
        output.ShouldContain("3 of 3 enabled");
    }

    [Fact]
    public void Install_by_id_and_by_folder_then_list_shows_the_xpath_and_sidecar_plugins()
    {
        var fresh = new PluginHostOptions(Path.Combine(sandbox.Root, "fresh", "plugins"));

        var byId = RunRoot(["plugins", "--plugins", fresh.PluginsFolder, "install", BuiltPlugins.XPath]);
        var byFolder = RunRoot(["plugins", "--plugins", fresh.PluginsFolder, "install", BuiltPlugins.Folder(BuiltPlugins.Sidecars)]);
        var list = RunRoot(["plugins", "--plugins", fresh.PluginsFolder, "list"]);

        (byId.Exit, byFolder.Exit, list.Exit).ShouldBe((0, 0, 0), byId.Error + byFolder.Error + list.Error);
        byId.Output.ShouldStartWith($"installed {BuiltPlugins.XPath} 1.0.0 into ");
        list.Output.Split('\n').Skip(2).Where(line => line.Length > 0).Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3)))
            .ShouldBe([$"{BuiltPlugins.Sidecars} 1.0.0 enabled", $"{BuiltPlugins.XPath} 1.0.0 enabled"]);
    }

    [Fact]
    public void Installing_again_replaces_the_earlier_copy_whole()
    {
        Run("install", BuiltPlugins.XPath).Exit.ShouldBe(0);
        File.WriteAllText(Path.Combine(sandbox.PluginFolder(BuiltPlugins.XPath), "stale.txt"), "left by an older version");

        Run("install", BuiltPlugins.XPath).Exit.ShouldBe(0);

        File.Exists(Path.Combine(sandbox.PluginFolder(BuiltPlugins.XPath), "stale.txt")).ShouldBeFalse();
        Directory.GetDirectories(sandbox.Options.PluginsFolder).Select(Path.GetFileName).ShouldNotContain(name => name!.StartsWith('.'));
    }

    [Fact]
    public void Installing_something_that_is_no_plugin_fails_with_a_message()
    {
        var (exit, _, error) = Run("install", "No.Such.Plugin");

        exit.ShouldBe(1);
        error.ShouldContain("is neither a plugin folder nor the id of a plugin this solution builds");
    }

    public void Dispose() => sandbox.Dispose();

    private (int Exit, string Output, string Error) Run(params string[] arguments) =>
        RunRoot(["plugins", "--plugins", sandbox.Options.PluginsFolder, .. arguments]);

    private static (int Exit, string Output, string Error) RunRoot(string[] arguments)
    {
        var root = new RootCommand { PluginCommands.Create() };
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = root.Parse(arguments).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
