using System.Diagnostics;
using HydraEngine.Parsing;
using HydraEngine.Strings;
using HydraEngine.Plugins.Tests.Support;

namespace HydraEngine.Plugins.Tests.Running;

/// <summary>A plugin that throws, hangs or returns garbage in a call is reported with its id and disabled; the engine and the other plugins go on.</summary>
public sealed class MisbehavingCallTests : IDisposable
{
    private const string Throws = "Misbehaving.ThrowsInCall";
    private const string Hangs = "Misbehaving.HangsInCall";
    private const string ReturnsNull = "Misbehaving.ReturnsNull";
    private readonly PluginSandbox sandbox = new(Throws, Hangs, ReturnsNull, BuiltPlugins.XPath, BuiltPlugins.GreeterTwo);

    [Fact]
    public void A_formula_kind_that_throws_fails_the_parse_naming_the_plugin()
    {
        sandbox.LoadEngine();

        var error = Should.Throw<ParseException>(() => EngineCalls.Parse(sandbox.Engine, EngineCalls.Formula(Throws, "throwing_formula")));

        (error.Code, error.Pointer, error.Message).ShouldBe(("parsing.plugin-failed", "/formula",
            "the plugin Misbehaving.ThrowsInCall was disabled: the formula kind \"throwing_formula\" threw NullReferenceException: a bug in the plugin."));
    }

    [Fact]
    public void A_formula_kind_that_throws_disables_its_plugin()
    {
        var host = sandbox.LoadEngine();

        Should.Throw<ParseException>(() => EngineCalls.Parse(sandbox.Engine, EngineCalls.Formula(Throws, "throwing_formula")));

        (host.Find(Throws)!.State, host.Find(Throws)!.Error).ShouldBe((PluginState.Disabled, "the formula kind \"throwing_formula\" threw NullReferenceException: a bug in the plugin"));
    }

    [Fact]
    public void The_other_plugins_go_on_after_one_is_disabled()
    {
        sandbox.LoadEngine();
        Should.Throw<ParseException>(() => EngineCalls.Parse(sandbox.Engine, EngineCalls.Formula(Throws, "throwing_formula")));

        EngineCalls.Parse(sandbox.Engine, EngineCalls.Formula(BuiltPlugins.XPath, "xpath_formula", ("xpath", "\"//p\""))).ShouldBe(["text"]);
    }

    [Fact]
    public void A_disabled_plugin_is_not_called_again()
    {
        sandbox.LoadEngine();
        Should.Throw<ParseException>(() => EngineCalls.Parse(sandbox.Engine, EngineCalls.Formula(Throws, "throwing_formula")));

        var again = Should.Throw<ParseException>(() => EngineCalls.Parse(sandbox.Engine, EngineCalls.Formula(Throws, "throwing_formula")));

        (again.Code, again.Message).ShouldBe((Parsing.Formulae.IPluginFormulaRunner.UnavailableCode,
            "\"throwing_formula\" comes from the plugin \"Misbehaving.ThrowsInCall\", which is disabled (the formula kind \"throwing_formula\" threw NullReferenceException: a bug in the plugin): enable it with `hydra plugins enable Misbehaving.ThrowsInCall`."));
    }

    [Fact]
    public void A_formula_kind_that_hangs_is_disabled_when_its_time_is_up()
    {
        sandbox.Options = sandbox.Options with { CallTimeout = TimeSpan.FromMilliseconds(300) };
        var host = sandbox.LoadEngine();
        var clock = Stopwatch.StartNew();

        Should.Throw<ParseException>(() => EngineCalls.Parse(sandbox.Engine, EngineCalls.Formula(Hangs, "hanging_formula")));

        (host.Find(Hangs)!.State, host.Find(Hangs)!.Error).ShouldBe((PluginState.Disabled, "the formula kind \"hanging_formula\" did not return within 300 ms"));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_formula_kind_that_returns_null_is_disabled()
    {
        var host = sandbox.LoadEngine();

        Should.Throw<ParseException>(() => EngineCalls.Parse(sandbox.Engine, EngineCalls.Formula(ReturnsNull, "null_formula")));

        host.Find(ReturnsNull)!.Error.ShouldBe("the formula kind \"null_formula\" returned null instead of a list of texts");
    }

    [Fact]
    public void A_converter_step_that_returns_null_fails_the_conversion_and_is_disabled()
    {
        var host = sandbox.LoadEngine();

        var error = Should.Throw<StringProcessingException>(() => EngineCalls.Convert(sandbox.Engine, ReturnsNull, "null_step", "text"));

        error.Code.ShouldBe(StringErrorCodes.ConversionFailed);
        host.Find(ReturnsNull)!.Error.ShouldBe("the converter step \"null_step\" returned null");
    }

    [Fact]
    public void A_plugin_that_rejects_its_input_stays_enabled()
    {
        var host = sandbox.LoadEngine();

        var error = Should.Throw<StringProcessingException>(() => EngineCalls.Convert(sandbox.Engine, BuiltPlugins.GreeterTwo, "greet", "Bob", ("mark", "\"?!\"")));

        error.Message.ShouldEndWith("HydraEngine.Samples.GreeterTwo: \"mark\" must be one character; found \"?!\".");
        host.Find(BuiltPlugins.GreeterTwo)!.State.ShouldBe(PluginState.Enabled);
    }

    [Fact]
    public void Disabling_a_plugin_raises_an_event_naming_it()
    {
        var host = sandbox.LoadEngine();
        var disabled = new List<PluginInfo>();
        host.PluginDisabled += disabled.Add;

        Should.Throw<ParseException>(() => EngineCalls.Parse(sandbox.Engine, EngineCalls.Formula(Throws, "throwing_formula")));

        disabled.ShouldHaveSingleItem().Id.ShouldBe(Throws);
    }

    public void Dispose() => sandbox.Dispose();
}
