using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Strings;
using HydraEngine.Plugins.Adapters;

namespace HydraEngine.Plugins.Tests.Support;

/// <summary>Runs plugin formulae and converter steps the way the engine does, through its registries.</summary>
internal static class EngineCalls
{
    public static PluginFormula Formula(string plugin, string kind, params (string Name, string Json)[] settings) =>
        new(kind, plugin, Settings(settings), "", StringProcessor.Empty);

    public static IReadOnlyList<string> Parse(EngineRegistries engine, PluginFormula formula, string page = "<p>text</p>") =>
        engine.Formulae.Parse(formula, new ParseDocument(page), new ParsingContext(), collapseNewlines: false, "/formula");

    public static string Convert(EngineRegistries engine, string plugin, string kind, string text, params (string Name, string Json)[] settings) =>
        engine.Strings.Convert(new StringConverter(new StringConversion[] { new PluginConversion(kind, plugin, Settings(settings)) }, "x"), text);

    private static EquatableArray<KeyValuePair<string, PlainValue>> Settings((string Name, string Json)[] settings) =>
        new(settings.Select(setting => new KeyValuePair<string, PlainValue>(setting.Name, new PlainValue(setting.Json))));
}
