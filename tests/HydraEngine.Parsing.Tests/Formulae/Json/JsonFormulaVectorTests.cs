using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Formulae.Json;

/// <summary>spec/test-vectors.md §J.</summary>
public sealed class JsonFormulaVectorTests
{
    private static readonly JsonAllItems All = new();

    [Fact]
    public void J01_keys_and_all_items() =>
        Run(JsonOf(JsonContentToFetch.String, Key("posts"), All, Key("file"), Key("url")), D2).ShouldBe(["https://cdn.example.com/a.png"]);

    [Fact]
    public void J02_dict_values_in_sorted_key_order() =>
        Run(JsonOf(JsonContentToFetch.String, Key("posts"), new JsonIndexedItem(0), Key("tags"), All, All), D2).ShouldBe(["bob", "blue eyes", "smile"]);

    [Theory]
    [InlineData("deleted", "False")]
    [InlineData("score", "1.5")]
    public void J03_scalars_as_python_str(string key, string expected) =>
        Run(JsonOf(JsonContentToFetch.String, Key("posts"), new JsonIndexedItem(0), Key(key)), D2).ShouldBe([expected]);

    [Fact]
    public void J03_null_gives_nothing() =>
        Run(JsonOf(JsonContentToFetch.String, Key("posts"), new JsonIndexedItem(0), Key("parent")), D2).ShouldBeEmpty();

    [Theory]
    [InlineData("big", "1e+20")]
    [InlineData("tiny", "1.5e-07")]
    [InlineData("two", "2.0")]
    public void J04_floats_as_python_repr(string key, string expected) =>
        Run(JsonOf(JsonContentToFetch.String, Key(key)), D2).ShouldBe([expected]);

    [Fact]
    public void J05_negative_index() =>
        Run(JsonOf(JsonContentToFetch.String, Key("posts"), new JsonIndexedItem(-1), Key("id")), D2).ShouldBe(["2"]);

    [Fact]
    public void J06_test_then_ascend() =>
        Run(JsonOf(JsonContentToFetch.String, Key("posts"), All, Key("deleted"), new JsonTestStringItems(new StringMatch(StringMatchType.Fixed, "True", null, null, "")), new JsonAscend(1), Key("id")), D2).ShouldBe(["2"]);

    [Fact]
    public void J07_dictionary_keys() =>
        Run(JsonOf(JsonContentToFetch.DictionaryKeys, Key("posts"), new JsonIndexedItem(0), Key("tags")), D2).ShouldBe(["artist", "general"]);

    [Fact]
    public void J08_json_content_keeps_key_order() =>
        Run(JsonOf(JsonContentToFetch.Json, Key("posts"), new JsonIndexedItem(0), Key("tags")), D2).ShouldBe(["{\"general\": [\"blue eyes\", \"smile\"], \"artist\": [\"bob\"]}"]);

    [Fact]
    public void J09_regex_key_match() =>
        Run(JsonOf(JsonContentToFetch.String, Key("posts"), new JsonIndexedItem(0), Key("tags"), new JsonDictionaryKey(new StringMatch(StringMatchType.Regex, "^(general|artist)$", null, null, "")), All), D2).ShouldBe(["bob", "blue eyes", "smile"]);

    [Fact]
    public void J10_code_point_key_order() =>
        Run(JsonOf(JsonContentToFetch.String, Key("k"), All), D2).ShouldBe(["cap", "Z10", "Z9"]);

    [Theory]
    [InlineData(0, "cap")]
    [InlineData(-1, "Z10")]
    public void J11_indexed_dict_uses_human_sorted_keys(int index, string expected) =>
        Run(JsonOf(JsonContentToFetch.String, Key("k"), new JsonIndexedItem(index)), D2).ShouldBe([expected]);

    [Fact]
    public void J12_ascend_keeps_duplicates() =>
        Run(JsonOf(JsonContentToFetch.String, Key("posts"), All, Key("tags"), All, All, new JsonAscend(3), Key("id")), D2).ShouldBe(["1", "1", "1"]);

    [Fact]
    public void J13_deminify() =>
        Run(JsonOf(JsonContentToFetch.Json, new JsonDeminify(0)), "[[1, 2], {\"k\": 3, \"v\": 4}, \"hello\", 123, \"world\"]").ShouldBe(["[{\"k\": 123, \"v\": \"world\"}, \"hello\"]"]);

    [Fact]
    public void J14_html_given_to_a_json_formula_is_a_parse_error() =>
        Should.Throw<ParseException>(() => Run(JsonOf(JsonContentToFetch.String, Key("a")), "<html><body>x</body></html>")).Message.ShouldContain("HTML");
}
