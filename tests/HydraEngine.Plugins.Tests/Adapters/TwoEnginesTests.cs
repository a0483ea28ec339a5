using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Plugins.Tests.Support;
using HydraEngine.Strings;

namespace HydraEngine.Plugins.Tests.Adapters;

/// <summary>Two engines with different plugin sets in one process: each uses its own plugins and knows nothing of the other's.</summary>
public sealed class TwoEnginesTests : IDisposable
{
    private const string XPathFormula = """{"kind": "xpath_formula", "plugin": "HydraEngine.XPath", "settings": {"xpath": "//p"}, "name": "", "processor": {"steps": []}}""";

    private readonly PluginSandbox xpathOnly = new(BuiltPlugins.XPath);
    private readonly PluginSandbox greeterOnly = new(BuiltPlugins.GreeterTwo);

    public TwoEnginesTests()
    {
        xpathOnly.LoadEngine();
        greeterOnly.LoadEngine();
    }

    [Fact]
    public void Each_engine_evaluates_its_own_formula_kinds_only()
    {
        var formula = EngineCalls.Formula(BuiltPlugins.XPath, "xpath_formula", ("xpath", "\"//p\""));

        EngineCalls.Parse(xpathOnly.Engine, formula).ShouldBe(["text"]);
        Should.Throw<ParseException>(() => EngineCalls.Parse(greeterOnly.Engine, formula)).Code.ShouldBe(IPluginFormulaRunner.UnavailableCode);
    }

    [Fact]
    public void Each_engine_applies_its_own_converter_steps_only()
    {
        EngineCalls.Convert(greeterOnly.Engine, BuiltPlugins.GreeterTwo, "greet", "Bob").ShouldStartWith("Greetings, Bob");
        Should.Throw<StringProcessingException>(() => EngineCalls.Convert(xpathOnly.Engine, BuiltPlugins.GreeterTwo, "greet", "Bob"));
    }

    [Fact]
    public void Each_engine_reads_the_native_kinds_of_its_own_plugins_only()
    {
        DefinitionLoader.LoadJson(XPathFormula, "formula.json", xpathOnly.Engine.Definitions).Diagnostics.ShouldBeEmpty();
        DefinitionLoader.LoadJson(XPathFormula, "formula.json", greeterOnly.Engine.Definitions).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(INativePluginKindChecker.UnavailableCode);
        DefinitionLoader.LoadJson(XPathFormula, "formula.json").Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(INativePluginKindChecker.UnavailableCode);
    }

    [Fact]
    public void Both_engines_work_at_the_same_time_on_many_threads()
    {
        var formula = EngineCalls.Formula(BuiltPlugins.XPath, "xpath_formula", ("xpath", "\"//p\""));

        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8).Select(index => index % 2 == 0
            ? string.Join("|", EngineCalls.Parse(xpathOnly.Engine, formula, $"<p>{index}</p>"))
            : EngineCalls.Convert(greeterOnly.Engine, BuiltPlugins.GreeterTwo, "greet", $"n{index}")).ToList();

        for (var index = 0; index < results.Count; index++)
        {
            if (index % 2 == 0)
            {
                results[index].ShouldBe(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                results[index].ShouldStartWith($"Greetings, n{index}");
            }
        }
    }

    public void Dispose()
    {
        xpathOnly.Dispose();
        greeterOnly.Dispose();
    }
}
