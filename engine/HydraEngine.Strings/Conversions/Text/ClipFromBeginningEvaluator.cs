using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Text;

/// <summary>Type 6, <c>s[:n]</c>.</summary>
internal sealed class ClipFromBeginningEvaluator : ConversionEvaluator<ClipFromBeginning>
{
    protected override string Apply(ClipFromBeginning conversion, string text) => PythonSlice.Substring(text, null, conversion.Count);
}
