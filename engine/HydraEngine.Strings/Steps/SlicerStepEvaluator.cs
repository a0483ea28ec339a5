using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Steps;

/// <summary>String Slicer: the Python list slice <c>texts[start:end]</c>.</summary>
internal sealed class SlicerStepEvaluator : StringStepEvaluator<StringSlicer>
{
    protected override IReadOnlyList<string> Apply(StringSlicer step, IReadOnlyList<string> texts, StringServices services) =>
        PythonSlice.Sublist(texts, step.IndexStart, step.IndexEnd);
}
