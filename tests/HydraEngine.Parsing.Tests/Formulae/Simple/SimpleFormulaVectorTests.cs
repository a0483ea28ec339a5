using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Formulae.Simple;

/// <summary>spec/test-vectors.md §F.</summary>
public sealed class SimpleFormulaVectorTests
{
    private static readonly ContextVariableFormula Url = new("url", "", StringProcessor.Empty);

    [Fact]
    public void F01_zipper_substitutes_each_stream()
    {
        var zipper = new ZipperFormula([Url, JsonOf(JsonContentToFetch.String, Key("posts"), new JsonAllItems(), Key("id"))], "\\1#post-\\2", "", StringProcessor.Empty);

        Run(zipper, D2, context: ParsingContext.ForUrl("https://example.com/thread/9")).ShouldBe(["https://example.com/thread/9#post-1", "https://example.com/thread/9#post-2"]);
    }

    [Fact]
    public void F02_zipper_with_an_empty_stream_gives_nothing()
    {
        var zipper = new ZipperFormula([Url, JsonOf(JsonContentToFetch.String, Key("nope"))], "\\1\\2", "", StringProcessor.Empty);

        Run(zipper, D2, context: ParsingContext.ForUrl("https://e.com/")).ShouldBeEmpty();
    }

    [Fact]
    public void F03_static_repeats() => Run(new StaticFormula("x", 2, "", StringProcessor.Empty), "").ShouldBe(["x", "x"]);

    [Fact]
    public void F04_absent_context_variable_gives_nothing() => Run(new ContextVariableFormula("nope", "", StringProcessor.Empty), "").ShouldBeEmpty();

    [Fact]
    public void F05_nested_parses_each_result_as_a_document()
    {
        var nested = new NestedFormula(JsonOf(JsonContentToFetch.String, Key("body")), HtmlOf(HtmlContentToFetch.Attribute, "href", Down("a")), "", StringProcessor.Empty);

        Run(nested, "{\"body\": \"<p><a href=\\\"/a\\\">A</a><a href=\\\"/b\\\">B</a></p>\"}").ShouldBe(["/a", "/b"]);
    }
}
