using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Text;

/// <summary>Type 1, <c>s[:-n]</c> (so n = 0 gives <c>""</c>).</summary>
internal sealed class RemoveFromEndEvaluator : ConversionEvaluator<RemoveFromEnd>
{
    protected override string Apply(RemoveFromEnd conversion, string text) => PythonSlice.Substring(text, null, -conversion.Count);
}
