using HydraEngine.Model.Strings;
using HydraEngine.Model.Text;
using HydraEngine.Parsing.Strings.Python;

namespace HydraEngine.Parsing.Strings.Steps;

/// <summary>
/// String Joiner: all strings joined into one (no tuple size), or each complete run of <c>size</c> strings joined
/// (an incomplete last run, or a size below 1, gives nothing). A joiner that will not unescape leaves the list.
/// </summary>
internal sealed class JoinerStepEvaluator : StringStepEvaluator<StringJoiner>
{
    protected override IReadOnlyList<string> Apply(StringJoiner step, IReadOnlyList<string> texts)
    {
        string joiner;
        try
        {
            joiner = UnicodeEscape.UnescapeStored(step.Joiner);
        }
        catch (FormatException)
        {
            return texts;
        }

        if (step.JoinTupleSize is not { } size)
        {
            return [string.Join(joiner, texts)];
        }

        var joined = new List<string>();
        for (var start = 0; size > 0 && start + size <= texts.Count; start += size)
        {
            joined.Add(string.Join(joiner, Range(texts, start, size)));
        }

        return joined;
    }

    private static IEnumerable<string> Range(IReadOnlyList<string> texts, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            yield return texts[i];
        }
    }
}

/// <summary>String Sorter; a failure (bad regex, timeout) leaves the list unchanged.</summary>
internal sealed class SorterStepEvaluator : StringStepEvaluator<StringSorter>
{
    protected override IReadOnlyList<string> Apply(StringSorter step, IReadOnlyList<string> texts)
    {
        try
        {
            return StringSorting.Sort(step, texts);
        }
        catch (Exception exception) when (exception is StringProcessingException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return texts;
        }
    }
}

/// <summary>String Slicer: the Python list slice <c>texts[start:end]</c>.</summary>
internal sealed class SlicerStepEvaluator : StringStepEvaluator<StringSlicer>
{
    protected override IReadOnlyList<string> Apply(StringSlicer step, IReadOnlyList<string> texts) =>
        PythonSlice.Sublist(texts, step.IndexStart, step.IndexEnd);
}

/// <summary>String Tag Filter: clean the tags (a set), keep those the filter allows, sort by human key ascending.</summary>
internal sealed class TagFilterStepEvaluator : StringStepEvaluator<StringTagFilter>
{
    protected override IReadOnlyList<string> Apply(StringTagFilter step, IReadOnlyList<string> texts)
    {
        var filter = TagFiltering.For(step.TagFilter);
        var kept = new List<string>();
        foreach (var tag in HydrusTags.CleanTags(texts))
        {
            if (filter.Allows(tag))
            {
                kept.Add(tag);
            }
        }

        return StringSorting.SortHumanAscending(kept);
    }
}
