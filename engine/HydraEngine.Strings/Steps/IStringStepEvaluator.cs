using HydraEngine.Model.Common;

namespace HydraEngine.Strings.Steps;

/// <summary>Applies one kind of String Processor step to the whole list, with hydrus's failure rule for that kind.</summary>
internal interface IStringStepEvaluator
{
    /// <summary>The step record type this evaluator applies.</summary>
    Type StepType { get; }

    IReadOnlyList<string> Apply(Definition step, IReadOnlyList<string> texts, StringServices services);
}

/// <summary>Typed base for <see cref="IStringStepEvaluator"/>.</summary>
internal abstract class StringStepEvaluator<TStep> : IStringStepEvaluator
    where TStep : Definition
{
    public Type StepType => typeof(TStep);

    public IReadOnlyList<string> Apply(Definition step, IReadOnlyList<string> texts, StringServices services) => Apply((TStep)step, texts, services);

    protected abstract IReadOnlyList<string> Apply(TStep step, IReadOnlyList<string> texts, StringServices services);
}
