using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Steps;

/// <summary>String Match: keeps the strings that match.</summary>
internal sealed class MatchStepEvaluator : StringStepEvaluator<StringMatch>
{
    protected override IReadOnlyList<string> Apply(StringMatch step, IReadOnlyList<string> texts, StringServices services)
    {
        var kept = new List<string>(texts.Count);
        foreach (var text in texts)
        {
            if (StringMatching.Matches(step, text))
            {
                kept.Add(text);
            }
        }

        return kept;
    }
}
