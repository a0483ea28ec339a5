using HydraEngine.Model.Strings;
using HydraEngine.Strings.Steps;

namespace HydraEngine.Strings;

/// <summary>Runs a hydrus String Processor (84) over a list of strings (objects.md §8).</summary>
public static class StringProcessing
{
    /// <summary>
    /// Applies the steps in order with hydrus's failure rules: converters and splitters drop the strings they
    /// fail on, matches keep matching strings, sorters/slicers/tag filters/joiners leave the list unchanged on
    /// error, and a step of a kind with no evaluator empties the list (later steps still run). Never throws for
    /// bad step data.
    /// </summary>
    public static IReadOnlyList<string> Process(StringProcessor processor, IReadOnlyList<string> texts) => Process(processor, texts, null);

    /// <summary>As <see cref="Process(StringProcessor, IReadOnlyList{string})"/>, checking <paramref name="budget"/> before each string a step takes (throws <see cref="TimeBudgetExceededException"/>).</summary>
    public static IReadOnlyList<string> Process(StringProcessor processor, IReadOnlyList<string> texts, TimeBudget? budget)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(texts);
        var current = texts;
        foreach (var step in processor.Steps)
        {
            var evaluator = step is null ? null : StringStepRegistry.Find(step.GetType());
            current = evaluator is null ? [] : evaluator.Apply(step!, budget is null ? current : budget.Guard(current));
        }

        return current;
    }
}
