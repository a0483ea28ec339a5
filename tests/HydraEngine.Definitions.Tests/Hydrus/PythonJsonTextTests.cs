using System.Text.Json.Nodes;
using HydraEngine.Definitions.Hydrus;
using HydraEngine.Model.Text;

namespace HydraEngine.Definitions.Tests.Hydrus;

public sealed class PythonJsonTextTests
{
    [Fact]
    public void Uses_pythons_default_separators()
    {
        PythonJsonText.Write(JsonNode.Parse("[1,{\"a\":null,\"b\":true}]")).ShouldBe("[1, {\"a\": null, \"b\": true}]");
    }

    [Fact]
    public void Escapes_everything_outside_printable_ascii()
    {
        PythonJsonText.Write(JsonValue.Create("ü\u007f\t😀\"\\")).ShouldBe("\"\\u00fc\\u007f\\t\\ud83d\\ude00\\\"\\\\\"");
    }

    [Fact]
    public void Writes_integers_built_in_code_and_parsed_alike()
    {
        PythonJsonText.Write(new JsonArray(1, 2L, JsonNode.Parse("3"))).ShouldBe("[1, 2, 3]");
    }

    [Theory]
    [InlineData(2.0, "2.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(1e20, "1e+20")]
    [InlineData(1.5e-7, "1.5e-07")]
    public void Writes_floats_as_python_repr(double value, string expected)
    {
        PythonFloat.Repr(value).ShouldBe(expected);
    }

    [Fact]
    public void The_dump_string_of_the_spec_example_matches_hydrus_byte_for_byte()
    {
        const string dump = "[69, \"danbooru tag search\", 1, [\"cb866de55f29959bb6b87c90ce77d0cabdce0297cd2785de2505043a40fd9f1e\", \"https://danbooru.donmai.us/posts?page=1&tags=%tags%\", \"%tags%\", \"+\", \"search tags\", \"blue_eyes blonde_hair\"]]";

        var result = DefinitionLoader.LoadJson(dump, "spec");

        HydrusSerialiser.ToDumpString(result.Definition!).ShouldBe(dump);
    }
}
