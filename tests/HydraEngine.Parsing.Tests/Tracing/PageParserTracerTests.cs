using HydraEngine.Definitions;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Tracing;
using HydraEngine.Testing;

namespace HydraEngine.Parsing.Tests.Tracing;

/// <summary>The step trace: what each JSON rule left, and the first step that left nothing.</summary>
public sealed class PageParserTracerTests
{
    private static string Folder => Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru");

    private static PageParser Parser => (PageParser)DefinitionLoader.LoadFile(Path.Combine(Folder, "parsers", "api gallery parser.hydrus.json")).Definition!;

    [Fact]
    public void Json_rules_are_traced_with_the_values_they_reach()
    {
        var trace = new PageParserTracer().Trace(Parser, File.ReadAllText(Path.Combine(Folder, "api-posts.json")), ParsingContext.ForUrl("https://fixture.test/api/posts?page=1"));

        var steps = trace.ContentParsers[0].Steps;
        steps[0].Kind.ShouldBe("json_rule");
        steps[0].Pointer.ShouldBe("/content_parsers/0/formula/rules/0");
        steps.ShouldAllBe(step => step.Count > 0);
        trace.ContentParsers[0].FirstEmptyPointer.ShouldBeNull();
    }

    [Fact]
    public void A_page_without_the_data_names_the_first_rule_that_found_nothing()
    {
        var trace = new PageParserTracer().Trace(Parser, """{"nothing": []}""", ParsingContext.ForUrl("https://fixture.test/api/posts?page=1"));

        trace.FirstEmptyPointer.ShouldBe("/content_parsers/0/formula/rules/0");
    }
}
