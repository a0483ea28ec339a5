using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Steps;

/// <summary>
/// String Splitter: each string is replaced by its non-empty pieces. The separator is unescaped first; if that
/// fails, or the separator is empty, every string is dropped (hydrus raises per string).
/// </summary>
internal sealed class SplitterStepEvaluator : StringStepEvaluator<StringSplitter>
{
    protected override IReadOnlyList<string> Apply(StringSplitter step, IReadOnlyList<string> texts, StringServices services)
    {
        string separator;
        try
        {
            separator = UnicodeEscape.UnescapeStored(step.Separator);
        }
        catch (FormatException)
        {
            return [];
        }

        if (separator.Length == 0)
        {
            return [];
        }

        var pieces = new List<string>(texts.Count * 2);
        var maxSplits = step.MaxSplits is null or < 0 ? int.MaxValue : (int)Math.Min(step.MaxSplits.Value + 1L, int.MaxValue);
        foreach (var text in texts)
        {
            foreach (var piece in text.Split(separator, maxSplits, StringSplitOptions.None))
            {
                if (piece.Length > 0)
                {
                    pieces.Add(piece);
                }
            }
        }

        return pieces;
    }
}
