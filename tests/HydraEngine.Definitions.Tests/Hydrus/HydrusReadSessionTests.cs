using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Tests.Hydrus;

public sealed class HydrusReadSessionTests
{
    private const string AnyMatch = "[51, 1, [3, \"\", null, null, \"x\"]]";

    [Fact]
    public void A_list_holding_an_unknown_type_fails_as_a_whole()
    {
        var result = DefinitionLoader.LoadJson($"[26, 3, [[2, {AnyMatch}], [2, [999, 1, []]]]]", "test");

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(diagnostic => diagnostic.Code == DiagnosticCodes.UnknownTypeId && diagnostic.Path == "/2/1/1/0");
    }

    [Fact]
    public void A_list_drops_an_inner_list_that_failed_and_keeps_the_rest()
    {
        var result = DefinitionLoader.LoadJson($"[26, 3, [[2, {AnyMatch}], [2, [26, 3, [[2, [999, 1, []]]]]]]]", "test");

        result.Succeeded.ShouldBeTrue();
        ((DefinitionList)result.Definition!).Items.Count.ShouldBe(1);
        result.Diagnostics.ShouldContain(diagnostic => diagnostic.Code == DiagnosticCodes.ListItemDropped && diagnostic.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_future_version_at_the_top_level_is_an_error()
    {
        var result = DefinitionLoader.LoadJson("[51, 2, [3, \"\", null, null, \"x\"]]", "test");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.FutureVersion);
    }

    [Fact]
    public void A_future_version_inside_is_a_warning_and_still_loads()
    {
        var result = DefinitionLoader.LoadJson("[26, 3, [[2, [51, 2, [3, \"\", null, null, \"x\"]]]]]", "test");

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Every_wrong_field_is_reported_with_its_pointer()
    {
        var result = DefinitionLoader.LoadJson("[51, 1, [\"zero\", 5, \"no\", null, 7]]", "test");

        result.Errors.Select(diagnostic => diagnostic.Path).ShouldBe(["/2/0", "/2/1", "/2/2", "/2/4"], ignoreOrder: true);
    }

    [Fact]
    public void A_named_type_reads_its_name_from_the_envelope()
    {
        var result = DefinitionLoader.LoadJson("[69, \"my search\", 1, [\"ab\", \"https://e.com/?q=%tags%\", \"%tags%\", \"+\", \"search\", \"a b\"]]", "test");

        result.Definition.ShouldBeOfType<Model.Urls.GalleryUrlGenerator>().Name.ShouldBe("my search");
    }

    [Fact]
    public void Deeply_nested_lists_are_refused_without_crashing()
    {
        var json = string.Concat(Enumerable.Repeat("[26, 3, [[2, ", 120)) + AnyMatch + string.Concat(Enumerable.Repeat("]]]]", 120));

        var result = DefinitionLoader.LoadJson(json, "test");

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_flexible_string_match_reads_its_class_as_a_word()
    {
        var result = DefinitionLoader.LoadJson("[51, 1, [1, 2, null, null, \"123\"]]", "test");

        result.Definition.ShouldBe(new StringMatch(StringMatchType.Flexible, "numeric", null, null, "123"));
    }
}
