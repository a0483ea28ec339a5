using System.Text.Json.Nodes;
using HydraEngine.Library.Versioning;

namespace HydraEngine.Library.Tests.Versioning;

public sealed class ThreeWayMergeTests
{
    [Fact]
    public void Changes_to_different_fields_are_both_kept()
    {
        var (merged, conflicts) = ThreeWayMerge.Merge(Json("""{"a":1,"b":1}"""), Json("""{"a":2,"b":1}"""), Json("""{"a":1,"b":3}"""));
        conflicts.ShouldBeEmpty();
        JsonNode.DeepEquals(merged, Json("""{"a":2,"b":3}""")).ShouldBeTrue();
    }

    [Fact]
    public void A_field_both_sides_changed_differently_is_a_conflict_that_keeps_theirs()
    {
        var (merged, conflicts) = ThreeWayMerge.Merge(Json("""{"a":1}"""), Json("""{"a":2}"""), Json("""{"a":3}"""));
        conflicts.ShouldBe([new FieldConflict("/a", "2", "3")]);
        JsonNode.DeepEquals(merged, Json("""{"a":3}""")).ShouldBeTrue();
    }

    [Fact]
    public void The_same_change_on_both_sides_is_no_conflict()
    {
        ThreeWayMerge.Merge(Json("""{"a":1}"""), Json("""{"a":2}"""), Json("""{"a":2}""")).Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void Nested_objects_merge_field_by_field()
    {
        var (merged, conflicts) = ThreeWayMerge.Merge(Json("""{"m":{"x":1,"y":1}}"""), Json("""{"m":{"x":2,"y":1}}"""), Json("""{"m":{"x":1,"y":2}}"""));
        conflicts.ShouldBeEmpty();
        JsonNode.DeepEquals(merged, Json("""{"m":{"x":2,"y":2}}""")).ShouldBeTrue();
    }

    [Fact]
    public void Arrays_are_one_field()
    {
        ThreeWayMerge.Merge(Json("""{"l":[1,2]}"""), Json("""{"l":[9,2]}"""), Json("""{"l":[1,8]}""")).Conflicts.Single().Path.ShouldBe("/l");
    }

    [Fact]
    public void A_key_only_upstream_added_is_taken()
    {
        var (merged, _) = ThreeWayMerge.Merge(Json("""{"a":1}"""), Json("""{"a":2}"""), Json("""{"a":1,"h":{"k":"v"}}"""));
        JsonNode.DeepEquals(merged, Json("""{"a":2,"h":{"k":"v"}}""")).ShouldBeTrue();
    }

    private static JsonNode Json(string text) => JsonNode.Parse(text)!;
}
