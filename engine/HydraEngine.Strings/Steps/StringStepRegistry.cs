using System.Collections.Frozen;

namespace HydraEngine.Strings.Steps;

/// <summary>The String Processor step evaluators, keyed by step type. A host may <see cref="Register"/> more.</summary>
internal static class StringStepRegistry
{
    private static readonly Lock Gate = new();
    private static FrozenDictionary<Type, IStringStepEvaluator> evaluators = Build(
    [
        new MatchStepEvaluator(), new ConverterStepEvaluator(), new SplitterStepEvaluator(), new JoinerStepEvaluator(),
        new SorterStepEvaluator(), new SlicerStepEvaluator(), new TagFilterStepEvaluator(),
    ]);

    /// <summary>The evaluator for a step's exact type, or null when none is registered.</summary>
    public static IStringStepEvaluator? Find(Type stepType) => evaluators.GetValueOrDefault(stepType);

    /// <summary>Adds or replaces the evaluator for its <see cref="IStringStepEvaluator.StepType"/>.</summary>
    public static void Register(IStringStepEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        lock (Gate)
        {
            var all = new Dictionary<Type, IStringStepEvaluator>(evaluators) { [evaluator.StepType] = evaluator };
            evaluators = all.ToFrozenDictionary();
        }
    }

    private static FrozenDictionary<Type, IStringStepEvaluator> Build(IStringStepEvaluator[] all)
    {
        var byType = new Dictionary<Type, IStringStepEvaluator>(all.Length);
        foreach (var evaluator in all)
        {
            byType.Add(evaluator.StepType, evaluator);
        }

        return byType.ToFrozenDictionary();
    }
}
