using HydraEngine.Model.Strings;
using HydraEngine.Model.Text;

namespace HydraEngine.Strings.Steps;

/// <summary>String Tag Filter: clean the tags (a set), keep those the filter allows, sort by human key ascending.</summary>
internal sealed class TagFilterStepEvaluator : StringStepEvaluator<StringTagFilter>
{
    protected override IReadOnlyList<string> Apply(StringTagFilter step, IReadOnlyList<string> texts, StringServices services)
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
