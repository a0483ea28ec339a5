using HydraEngine.Definitions;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Native;
using HydraEngine.Model.Parsing;
using HydraEngine.Plugins.Tests.Support;

namespace HydraEngine.Plugins.Tests.Adapters;

/// <summary>Native definitions that use a plugin's kind: named by plugin, checked against the kind's declared settings.</summary>
public sealed class NativePluginKindTests : IDisposable
{
    private readonly PluginSandbox sandbox = new(BuiltPlugins.XPath, BuiltPlugins.GreeterTwo);

    [Fact]
    public void A_definition_using_an_attached_plugins_kind_loads()
    {
        sandbox.LoadEngine();

        var loaded = Load(Formula("""{"xpath": "//a/@href", "limit": 2}"""));

        loaded.Diagnostics.ShouldBeEmpty();
        loaded.Definition.ShouldBe(EngineCalls.Formula(BuiltPlugins.XPath, "xpath_formula", ("xpath", "\"//a/@href\""), ("limit", "2")));
    }

    [Fact]
    public void Without_any_plugin_host_the_diagnostic_names_the_plugin_to_install()
    {
        var diagnostic = Load(Formula("""{"xpath": "//a"}""")).Diagnostics.ShouldHaveSingleItem();

        (diagnostic.Path, diagnostic.Code, diagnostic.Message).ShouldBe(("/kind", INativePluginKindChecker.UnavailableCode,
            "\"xpath_formula\" comes from the plugin \"HydraEngine.XPath\", and no plugins are loaded: install HydraEngine.XPath into the plugins folder and enable it."));
    }

    [Fact]
    public void With_the_plugin_not_installed_the_diagnostic_says_where_to_install_it()
    {
        sandbox.LoadEngine();

        var diagnostic = Load(Formula("{}", plugin: "Acme.Missing")).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Message.ShouldBe($"\"xpath_formula\" comes from the plugin \"Acme.Missing\", which is not installed: install it as {Path.Combine(sandbox.Options.PluginsFolder, "Acme.Missing")}/ (its plugin.json and built assemblies) and enable it.");
    }

    [Fact]
    public void With_the_plugin_disabled_the_diagnostic_says_how_to_enable_it()
    {
        PluginHost.SetEnabled(sandbox.Options, BuiltPlugins.XPath, enabled: false);
        sandbox.LoadEngine();

        var diagnostic = Load(Formula("""{"xpath": "//a"}""")).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Message.ShouldBe("\"xpath_formula\" comes from the plugin \"HydraEngine.XPath\", which is disabled (disabled by the user): enable it with `hydra plugins enable HydraEngine.XPath`.");
    }

    [Fact]
    public void A_kind_the_plugin_does_not_have_is_reported_with_the_kinds_it_has()
    {
        sandbox.LoadEngine();

        var diagnostic = Load(Formula("{}", kind: "css_formula")).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Message.ShouldBe("the plugin \"HydraEngine.XPath\" 1.0.0 has no formula kind \"css_formula\"; it has xpath_formula.");
    }

    [Fact]
    public void An_unknown_setting_is_an_error_at_its_pointer()
    {
        sandbox.LoadEngine();

        var diagnostic = Load(Formula("""{"xpath": "//a", "xpaht": "//b"}""")).Diagnostics.ShouldHaveSingleItem();

        (diagnostic.Path, diagnostic.Code, diagnostic.Message).ShouldBe(("/settings/xpaht", DiagnosticCodes.NativeUnknownKey,
            "\"xpaht\" is not a setting of xpath_formula (HydraEngine.XPath); its settings are: xpath, limit."));
    }

    [Fact]
    public void A_missing_required_setting_is_an_error_at_its_pointer()
    {
        sandbox.LoadEngine();

        var diagnostic = Load(Formula("""{"limit": 3}""")).Diagnostics.ShouldHaveSingleItem();

        (diagnostic.Path, diagnostic.Code, diagnostic.Message).ShouldBe(("/settings/xpath", DiagnosticCodes.NativeMissingKey,
            "xpath_formula (HydraEngine.XPath) needs the setting \"xpath\" (a string)."));
    }

    [Fact]
    public void A_wrongly_typed_setting_is_an_error_at_its_pointer()
    {
        sandbox.LoadEngine();

        var diagnostic = Load(Formula("""{"xpath": "//a", "limit": 2.5}""")).Diagnostics.ShouldHaveSingleItem();

        (diagnostic.Path, diagnostic.Code, diagnostic.Message).ShouldBe(("/settings/limit", DiagnosticCodes.NativeType,
            "the setting \"limit\" of xpath_formula (HydraEngine.XPath) must be an integer, found number."));
    }

    [Fact]
    public void The_native_form_names_the_kind_the_plugin_and_the_settings()
    {
        var formula = EngineCalls.Formula(BuiltPlugins.XPath, "xpath_formula", ("xpath", "\"//title\""));

        NativeDefinitionWriter.ToNode(formula).ToJsonString().ShouldBe(
            """{"kind":"xpath_formula","plugin":"HydraEngine.XPath","settings":{"xpath":"//title"},"name":"","processor":{"steps":[]}}""");
    }

    [Fact]
    public void A_plugin_converter_step_in_a_definition_loads_and_converts()
    {
        sandbox.LoadEngine();
        const string converter = """{"kind": "string_converter", "conversions": [{"kind": "greet", "plugin": "HydraEngine.Samples.GreeterTwo", "settings": {"mark": "?"}}], "example": "Bob"}""";

        var loaded = (Model.Strings.StringConverter)DefinitionLoader.LoadJson(converter, "converter.json", sandbox.Engine.Definitions).Definition!;

        sandbox.Engine.Strings.Convert(loaded, "Bob").ShouldBe("Greetings, Bob? (greeting 2.0)");
    }

    [Fact]
    public void A_formula_kind_cannot_stand_where_a_converter_step_is_expected()
    {
        sandbox.LoadEngine();
        const string converter = """{"kind": "string_converter", "conversions": [{"kind": "xpath_formula", "plugin": "HydraEngine.XPath", "settings": {}}], "example": ""}""";

        var diagnostic = DefinitionLoader.LoadJson(converter, "converter.json", sandbox.Engine.Definitions).Diagnostics.ShouldHaveSingleItem();

        (diagnostic.Path, diagnostic.Message).ShouldBe(("/conversions/0/kind", "the plugin \"HydraEngine.XPath\" 1.0.0 has no converter step \"xpath_formula\"; it has none."));
    }

    public void Dispose() => sandbox.Dispose();

    private static string Formula(string settings, string kind = "xpath_formula", string plugin = BuiltPlugins.XPath) =>
        $$$"""{"kind": "{{{kind}}}", "plugin": "{{{plugin}}}", "settings": {{{settings}}}, "name": "", "processor": {"steps": []}}""";

    private DefinitionLoadResult Load(string json) => DefinitionLoader.LoadJson(json, "formula.json", sandbox.Engine.Definitions);
}
