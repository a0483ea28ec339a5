using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Steps;

/// <summary>String Sorter; a failure (bad regex, timeout) leaves the list unchanged.</summary>
internal sealed class SorterStepEvaluator : StringStepEvaluator<StringSorter>
{
    protected override IReadOnlyList<string> Apply(StringSorter step, IReadOnlyList<string> texts, StringServices services)
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
