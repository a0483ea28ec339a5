using HydraEngine.Definitions;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Plugins.Adapters;
using HydraEngine.Plugins.Tests.Support;

namespace HydraEngine.Plugins.Tests.Adapters;

/// <summary>hydrus has no plugin kinds, so a definition holding one cannot be written as a hydrus tuple or PNG.</summary>
public sealed class HydrusExportTests
{
    private static readonly PageParser Parser = new(
        "uses a plugin",
        new string('a', 64),
        new StringConverter(EquatableArray<StringConversion>.Empty, ""),
        EquatableArray<SubsidiaryPageParser>.Empty,
        new ContentParser[] { new("title", new TitleContent(50), EngineCalls.Formula(BuiltPlugins.XPath, "xpath_formula", ("xpath", "\"//title\""))) },
        EquatableArray<string>.Empty,
        EquatableArray<KeyValuePair<string, PlainValue>>.Empty);

    [Fact]
    public void Writing_a_hydrus_tuple_fails_saying_the_formula_comes_from_a_plugin()
    {
        Should.Throw<InvalidOperationException>(() => HydrusSerialiser.ToTuple(Parser)).Message
            .ShouldBe("PluginFormula has no hydrus form (it comes from a plugin or is not a hydrus object).");
    }

    [Fact]
    public void The_export_check_names_each_plugin_kind_and_where_it_is()
    {
        Should.Throw<InvalidOperationException>(() => PluginKindUses.EnsureHydrusExportable(Parser)).Message.ShouldBe(
            "this definition cannot be written for hydrus (as a PNG or hydrus JSON): it uses \"xpath_formula\" from the plugin HydraEngine.XPath at /content_parsers/0/formula, "
            + "which hydrus does not have. Save it as native JSON (.json) instead, or replace those parts with built-in kinds.");
    }

    [Fact]
    public void A_definition_without_plugin_kinds_passes_the_export_check()
    {
        PluginKindUses.Find(Parser with { ContentParsers = EquatableArray<ContentParser>.Empty }).ShouldBeEmpty();
    }
}
