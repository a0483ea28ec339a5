using System.Text.Json.Nodes;
using HydraEngine.Library.Versioning;

namespace HydraEngine.Library.Tests.Versioning;

public sealed class FieldAssignmentTests
{
    [Fact]
    public void A_text_field_takes_the_value_as_it_is()
    {
        Apply("""{"t":"old"}""", "t=true").ShouldBe("""{"t":"true"}""");
    }

    [Fact]
    public void Other_fields_take_json()
    {
        Apply("""{"b":false,"l":[]}""", "b=true").ShouldBe("""{"b":true,"l":[]}""");
    }

    [Fact]
    public void Dotted_paths_reach_nested_fields_and_list_items()
    {
        Apply("""{"m":{"l":[{"v":"a"}]}}""", "m.l.0.v=b").ShouldBe("""{"m":{"l":[{"v":"b"}]}}""");
    }

    [Fact]
    public void Json_pointers_work_too()
    {
        Apply("""{"m":{"x":1}}""", "/m/x=2").ShouldBe("""{"m":{"x":2}}""");
    }

    [Fact]
    public void A_value_that_is_not_json_for_a_non_text_field_is_refused()
    {
        Should.Throw<LibraryException>(() => Apply("""{"b":false}""", "b=yes")).Message.ShouldContain("give its new value as JSON");
    }

    [Fact]
    public void Text_without_an_equals_sign_is_refused()
    {
        Should.Throw<LibraryException>(() => FieldAssignment.Parse("url_template")).Message.ShouldContain("FIELD=VALUE");
    }

    private static string Apply(string json, string assignment)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        FieldAssignment.Parse(assignment).ApplyTo(node);
        return node.ToJsonString();
    }
}
