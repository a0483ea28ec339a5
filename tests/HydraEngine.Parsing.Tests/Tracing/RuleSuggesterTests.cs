using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Tracing;

namespace HydraEngine.Parsing.Tests.Tracing;

/// <summary>Suggested rules that reach, in a changed document, the values a formula yielded before.</summary>
public sealed class RuleSuggesterTests
{
    [Fact]
    public void Json_values_are_reached_by_their_key_path_with_every_item()
    {
        const string json = """{"data": {"posts": [{"tag_list": ["sky"]}, {"tag_list": ["cloud", "rain"]}]}}""";

        var best = new RuleSuggester().Suggest(json, ["sky", "cloud", "rain"])[0];

        best.Found.ShouldBe(3);
        best.Extra.ShouldBe(0);
        var formula = best.Formula.ShouldBeOfType<JsonFormula>();
        formula.Rules.Count(rule => rule is JsonAllItems).ShouldBe(2);
    }

    [Fact]
    public void Html_values_are_still_reached_by_tag_and_class()
    {
        var best = new RuleSuggester().Suggest("""<div class="side"><span class="t">sky</span><span class="t">cloud</span></div>""", ["sky", "cloud"])[0];

        best.Found.ShouldBe(2);
        best.Formula.ShouldBeOfType<HtmlFormula>();
    }
}
