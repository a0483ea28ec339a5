using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Text;

/// <summary>Type 0, <c>s[n:]</c>.</summary>
internal sealed class RemoveFromBeginningEvaluator : ConversionEvaluator<RemoveFromBeginning>
{
    protected override string Apply(RemoveFromBeginning conversion, string text) => PythonSlice.Substring(text, conversion.Count, null);
}
