using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Native;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Tests.Native;

public sealed class NativeDefinitionTests
{
    [Fact]
    public void Writes_readable_names_and_enum_words()
    {
        var json = NativeDefinitionWriter.ToJson(new StringMatch(StringMatchType.Flexible, "numeric", 1, null, "42"));

        json.ShouldContain("\"kind\": \"string_match\"");
        json.ShouldContain("\"match_type\": \"flexible\"");
        json.ShouldContain("\"min_chars\": 1");
    }

    [Fact]
    public void Reads_back_what_it_writes()
    {
        var converter = new StringConverter([new RegexSubstitution("a", "b"), new Reverse(), new EncodeText(TextEncoding.Base64Url)], "ex");

        var result = DefinitionLoader.LoadJson(NativeDefinitionWriter.ToJson(converter), "test");

        result.Definition.ShouldBe(converter);
    }

    [Fact]
    public void An_unknown_key_is_an_error_at_its_pointer()
    {
        var result = DefinitionLoader.LoadJson("{\"kind\":\"string_slicer\",\"index_start\":0,\"index_end\":1,\"colour\":\"red\"}", "test");

        result.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            diagnostic => diagnostic.Code.ShouldBe(DiagnosticCodes.NativeUnknownKey),
            diagnostic => diagnostic.Path.ShouldBe("/colour"));
    }

    [Fact]
    public void A_missing_required_key_is_an_error()
    {
        var result = DefinitionLoader.LoadJson("{\"kind\":\"static_formula\",\"static_text\":\"x\",\"count\":1,\"name\":\"\"}", "test");

        result.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            diagnostic => diagnostic.Code.ShouldBe(DiagnosticCodes.NativeMissingKey),
            diagnostic => diagnostic.Path.ShouldBe("/processor"));
    }

    [Fact]
    public void Every_problem_is_collected_in_one_load()
    {
        var result = DefinitionLoader.LoadJson("{\"kind\":\"string_match\",\"match_type\":\"fuzzy\",\"value\":3,\"min_chars\":null,\"max_chars\":null,\"example\":\"\",\"extra\":1}", "test");

        result.Errors.Select(diagnostic => diagnostic.Path).ShouldBe(["/extra", "/match_type", "/value"], ignoreOrder: true);
    }

    [Fact]
    public void An_unknown_kind_names_the_kinds_that_may_stand_there()
    {
        var result = DefinitionLoader.LoadJson("{\"kind\":\"xpath_formula\"}", "test");

        var diagnostic = result.Errors.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.NativeUnknownKind);
        diagnostic.Message.ShouldContain("plugin");
        diagnostic.Message.ShouldContain("html_formula");
    }

    [Fact]
    public void Nullable_fields_may_be_left_out()
    {
        var result = DefinitionLoader.LoadJson("{\"kind\":\"string_slicer\"}", "test");

        result.Definition.ShouldBe(new StringSlicer(null, null));
    }
}
