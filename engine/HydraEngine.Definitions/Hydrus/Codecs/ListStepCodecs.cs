using System.Text.Json.Nodes;
using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>String Splitter (83): <c>(separator, max_splits)</c>.</summary>
internal sealed class StringSplitterCodec : HydrusCodec<StringSplitter>
{
    public override int TypeId => HydrusTypes.StringSplitter;

    protected override StringSplitter ReadInfo(HydrusNode info, string name) =>
        info.ExpectArray(2, "a String Splitter")
            ? new StringSplitter(info[0].String("the separator"), info[1].NullableInt32("max splits"))
            : new StringSplitter(",", null);

    protected override JsonNode? Write(StringSplitter value, HydrusWriter writer) => new JsonArray(value.Separator, value.MaxSplits);
}

/// <summary>String Joiner (125): <c>(joiner, join_tuple_size)</c>.</summary>
internal sealed class StringJoinerCodec : HydrusCodec<StringJoiner>
{
    public override int TypeId => HydrusTypes.StringJoiner;

    protected override StringJoiner ReadInfo(HydrusNode info, string name) =>
        info.ExpectArray(2, "a String Joiner")
            ? new StringJoiner(info[0].String("the joiner"), info[1].NullableInt32("the join tuple size"))
            : new StringJoiner("", null);

    protected override JsonNode? Write(StringJoiner value, HydrusWriter writer) => new JsonArray(value.Joiner, value.JoinTupleSize);
}

/// <summary>String Sorter (99): <c>(sort_type, ascending, regex_or_null)</c>.</summary>
internal sealed class StringSorterCodec : HydrusCodec<StringSorter>
{
    public override int TypeId => HydrusTypes.StringSorter;

    protected override StringSorter ReadInfo(HydrusNode info, string name) =>
        info.ExpectArray(3, "a String Sorter")
            ? new StringSorter(info[0].Enum<StringSortType>("the sort type"), info[1].Bool("ascending"), info[2].NullableString("the regex"))
            : new StringSorter(StringSortType.HumanSort, false, null);

    protected override JsonNode? Write(StringSorter value, HydrusWriter writer) =>
        new JsonArray((int)value.SortType, value.Ascending, value.Regex);
}

/// <summary>String Selector/Slicer (100): <c>(index_start, index_end)</c>.</summary>
internal sealed class StringSlicerCodec : HydrusCodec<StringSlicer>
{
    public override int TypeId => HydrusTypes.StringSlicer;

    protected override StringSlicer ReadInfo(HydrusNode info, string name) =>
        info.ExpectArray(2, "a String Slicer")
            ? new StringSlicer(info[0].NullableInt32("the start index"), info[1].NullableInt32("the end index"))
            : new StringSlicer(null, null);

    protected override JsonNode? Write(StringSlicer value, HydrusWriter writer) => new JsonArray(value.IndexStart, value.IndexEnd);
}

/// <summary>Tag Filter (44): <c>[[tag_slice, rule], …]</c>.</summary>
internal sealed class TagFilterCodec : HydrusCodec<TagFilter>
{
    public override int TypeId => HydrusTypes.TagFilter;

    protected override TagFilter ReadInfo(HydrusNode info, string name) =>
        new(new EquatableArray<TagFilterEntry>(info.Items("the tag filter rules")
            .Where(rule => rule.ExpectArray(2, "a tag filter rule [tag_slice, rule]"))
            .Select(rule => new TagFilterEntry(rule[0].String("the tag slice"), rule[1].Enum<TagFilterRule>("the rule")))
            .ToList()));

    protected override JsonNode? Write(TagFilter value, HydrusWriter writer) =>
        new JsonArray(value.Rules.Select(rule => (JsonNode)new JsonArray(rule.TagSlice, (int)rule.Rule)).ToArray());
}

/// <summary>String Tag Filter (112): <c>(tag_filter, example_string)</c>.</summary>
internal sealed class StringTagFilterCodec : HydrusCodec<StringTagFilter>
{
    public override int TypeId => HydrusTypes.StringTagFilter;

    protected override StringTagFilter ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(2, "a String Tag Filter");
        return new StringTagFilter(info[0].Object("the tag filter", new TagFilter(EquatableArray<TagFilterEntry>.Empty)), info[1].String("the example string"));
    }

    protected override JsonNode? Write(StringTagFilter value, HydrusWriter writer) =>
        new JsonArray(writer.Write(value.TagFilter), value.Example);
}

/// <summary>String Processor (84): a Serialisable List of steps.</summary>
internal sealed class StringProcessorCodec : HydrusCodec<StringProcessor>
{
    public override int TypeId => HydrusTypes.StringProcessor;

    protected override StringProcessor ReadInfo(HydrusNode info, string name) =>
        new(info.Object("the processing steps", Model.Containers.DefinitionList.Empty).Items);

    protected override JsonNode? Write(StringProcessor value, HydrusWriter writer) =>
        writer.Write(new Model.Containers.DefinitionList(value.Steps));
}
