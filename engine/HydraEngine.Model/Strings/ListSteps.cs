using HydraEngine.Model.Common;

namespace HydraEngine.Model.Strings;

/// <summary>hydrus String Splitter (83). <see cref="Separator"/> is stored Python-escaped (<c>"\\n"</c> means newline).</summary>
public sealed record StringSplitter(string Separator, int? MaxSplits) : StringProcessingStep;

/// <summary>hydrus String Joiner (125). <see cref="Joiner"/> is stored Python-escaped.</summary>
public sealed record StringJoiner(string Joiner, int? JoinTupleSize) : StringProcessingStep;

public enum StringSortType
{
    None = 0,
    Lexicographic = 1,
    HumanSort = 2,
    Reverse = 3,
}

/// <summary>hydrus String Sorter (99).</summary>
public sealed record StringSorter(StringSortType SortType, bool Ascending, string? Regex) : StringProcessingStep;

/// <summary>hydrus String Selector/Slicer (100): a Python list slice.</summary>
public sealed record StringSlicer(int? IndexStart, int? IndexEnd) : StringProcessingStep;

/// <summary>hydrus String Tag Filter (112).</summary>
public sealed record StringTagFilter(TagFilter TagFilter, string Example) : StringProcessingStep;

public enum TagFilterRule
{
    Whitelist = 0,
    Blacklist = 1,
}

/// <summary>hydrus Tag Filter (44): rules per tag slice (<c>""</c>, <c>":"</c>, <c>"ns:"</c> or an exact tag).</summary>
public sealed record TagFilter(EquatableArray<TagFilterEntry> Rules) : Definition;

public sealed record TagFilterEntry(string TagSlice, TagFilterRule Rule);
