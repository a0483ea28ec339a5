using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Formulae;

/// <summary>A subsidiary parser's split read one text at a time gives the texts the whole formula gives.</summary>
public sealed class FormulaEngineOneByOneTests
{
    [Theory]
    [InlineData(JsonContentToFetch.Json)]
    [InlineData(JsonContentToFetch.String)]
    public void A_json_split_one_by_one_gives_the_texts_of_the_whole_formula(JsonContentToFetch content)
    {
        var formula = JsonOf(content, Key("posts"), new JsonAllItems());

        FormulaEngine.Default.ParseOneByOne(formula, new ParseDocument(D2), new ParsingContext(), false, "").ToList()
            .ShouldBe(FormulaEngine.Default.Parse(formula, new ParseDocument(D2), new ParsingContext(), false));
    }

    [Fact]
    public void A_json_split_of_a_page_that_is_not_json_fails_before_the_first_text() =>
        Should.Throw<ParseException>(() => FormulaEngine.Default.ParseOneByOne(JsonOf(JsonContentToFetch.Json, new JsonAllItems()), new ParseDocument("<html>"), new ParsingContext(), false, "/f"))
            .Pointer.ShouldBe("/f");

    [Fact]
    public void A_split_post_dumped_again_by_its_own_parser_is_the_split_text_itself()
    {
        var chunk = FormulaEngine.Default.ParseOneByOne(JsonOf(JsonContentToFetch.Json, Key("posts"), new JsonAllItems()), new ParseDocument(D2), new ParsingContext(), false, "").First();

        var again = FormulaEngine.Default.Parse(JsonOf(JsonContentToFetch.Json), new ParseDocument(chunk), new ParsingContext(), false).ShouldHaveSingleItem();

        ReferenceEquals(again, chunk).ShouldBeTrue();
    }
}
