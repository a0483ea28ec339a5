using HydraEngine.Parsing.Tracing;
using static HydraEngine.Parsing.Tests.Tracing.TracingFormulas;

namespace HydraEngine.Parsing.Tests.Tracing;

/// <summary>The structural diff of an old and a new document around the first rule that reaches nothing in the new one.</summary>
public sealed class DocumentDifferTests
{
    private const string Old = """
        <html><body><div id="content"><ul class="tags"><li class="tag-general"><a href="/t/sky">sky</a></li></ul></div></body></html>
        """;

    private static readonly Model.Parsing.HtmlFormula Tags = Html(Down("ul", "class", "tags"), Down("li", "class", "tag-general"), Down("a"));

    [Fact]
    public void A_renamed_class_is_named_at_its_level_and_the_failing_rule_is_pointed_at()
    {
        const string now = """<html><body><div id="content"><ul class="tag-list"><li class="tag-general"><a href="/t/sky">sky</a></li></ul></div></body></html>""";

        var diff = new DocumentDiffer().Diff(Tags, Old, now, "/content_parsers/0/formula");

        diff.RulePointer.ShouldBe("/content_parsers/0/formula/rules/0");
        diff.OldPath.ShouldBe("html > body > div#content > ul.tags");
        diff.NewPath.ShouldBe("html > body > div#content > ul.tag-list");
        diff.Summary.ShouldContain("ul.tags: class removed 'tags'");
        diff.Summary.ShouldContain("ul.tags: class added 'tag-list'");
    }

    [Fact]
    public void A_renamed_tag_and_a_new_sibling_are_shown_on_the_path_to_the_old_element()
    {
        const string now = """<html><body><div id="content"><aside class="ad"></aside><ul class="tags"><span class="tag-general"><a href="/t/sky">sky</a></span></ul></div></body></html>""";

        var diff = new DocumentDiffer().Diff(Tags, Old, now, "");

        diff.RulePointer.ShouldBe("/rules/1");
        diff.OldPath.ShouldBe("html > body > div#content > ul.tags > li.tag-general");
        diff.NewPath.ShouldEndWith("ul.tags > span.tag-general");
        diff.Levels[^1].Changes.ShouldContain("tag renamed li → span");
        diff.Levels[3].SiblingsAdded.ShouldContain("aside.ad");
    }

    [Fact]
    public void An_element_wrapped_in_a_new_one_is_found_one_level_lower()
    {
        const string now = """<html><body><main><div id="content"><ul class="tags"></ul></div></main></body></html>""";

        var diff = new DocumentDiffer().Diff(Tags, Old, now, "");

        diff.Levels[2].Changes.ShouldContain("now inside a new main");
        diff.NewPath.ShouldStartWith("html > body > main > div#content");
    }

    [Fact]
    public void A_json_key_that_went_away_is_named_with_the_key_that_came()
    {
        var diff = new DocumentDiffer().Diff(Json("posts", "*", "tags"), """{"posts": [{"id": 1, "tags": ["a"]}]}""", """{"posts": [{"id": 1, "tag_list": ["a"]}]}""", "/f");

        diff.Kind.ShouldBe("json");
        diff.RulePointer.ShouldBe("/f/rules/2");
        diff.Levels[^1].Changes.ShouldBe(["key removed \"tags\"", "key added \"tag_list\""]);
        diff.Levels[1].New.ShouldBe("all items (1)");
    }
}
