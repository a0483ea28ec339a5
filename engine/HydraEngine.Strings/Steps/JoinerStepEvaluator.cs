using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Steps;

/// <summary>
/// String Joiner: all strings joined into one (no tuple size), or each complete run of <c>size</c> strings joined
/// (an incomplete last run, or a size below 1, gives nothing). A joiner that will not unescape leaves the list.
/// </summary>
internal sealed class JoinerStepEvaluator : StringStepEvaluator<StringJoiner>
{
    protected override IReadOnlyList<string> Apply(StringJoiner step, IReadOnlyList<string> texts, StringServices services)
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
